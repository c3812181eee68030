import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { GraphQLContext } from './context.ts';

/**
 * One debug line per GraphQL operation: its name and type, who called, the error codes and the
 * time taken. Never the variables or the query text: those carry passwords, secrets and tokens
 * (issue 7; apps/api/src/security/secrets-at-rest.test.ts reads every line to prove it).
 */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operation, operationName, errors }) {
          logger.debug(
            {
              operation: operationName ?? null,
              type: operation?.operation ?? null,
              viewer: contextValue.viewer ? { id: contextValue.viewer.id, role: contextValue.viewer.role } : null,
              errorCodes: errors?.map((e) => e.extensions?.code ?? 'UNKNOWN') ?? [],
              durationMs: Math.round(performance.now() - started),
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
