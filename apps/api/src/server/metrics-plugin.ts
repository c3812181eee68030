import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { ApiMetrics } from './api-metrics.ts';
import type { GraphQLContext } from './context.ts';

/**
 * Counts each GraphQL operation by its first root field and outcome: the first error code, or the
 * payload's error type when a mutation answered with one (`ValidationError`, `IdpRegistrationError`),
 * else "ok". Root fields and error types come from the schema, so the label set stays bounded
 * whatever names callers give their operations.
 */
export function metricsPlugin(metrics: ApiMetrics): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operation, errors, response, metrics: requestMetrics, overallCachePolicy, contextValue }) {
          const field = rootField(operation);
          const data = response.body.kind === 'single' ? response.body.singleResult.data : undefined;
          const typename = field && (data?.[field] as { __typename?: unknown } | null | undefined)?.__typename;
          const outcome = errors?.[0]?.extensions?.code ?? (typeof typename === 'string' && typename.endsWith('Error') ? typename : 'ok');
          metrics.operations.labels(field ?? 'none', String(outcome)).inc();
          metrics.operationDuration.labels(field ?? 'none').observe((performance.now() - started) / 1000);
          if (contextValue.viewer && operation?.operation === 'query' && overallCachePolicy.policyIfCacheable()) {
            metrics.answerCache.labels(requestMetrics.responseCacheHit ? 'hit' : 'miss').inc();
          }
        },
      };
    },
  };
}

/** The operation's first root field, e.g. `registerClient`; undefined when the document did not validate. */
function rootField(operation: OperationDefinitionNode | undefined): string | undefined {
  const first = operation?.selectionSet.selections[0];
  return first?.kind === Kind.FIELD ? first.name.value : undefined;
}
