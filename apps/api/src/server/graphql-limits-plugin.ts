import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { GraphQLContext } from './context.ts';
import { exceededLimit, measureOperation, type OperationLimits } from './graphql-limits.ts';
import { assertMayRunOperation } from '../modules/common/viewer.ts';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/** Root field names, through fragments on the root type; each fragment is read once. */
function rootFieldNames(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, names = new Set<string>(), seen = new Set<string>()): string[] {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) names.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) rootFieldNames(selection.selectionSet, fragments, names, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments[selection.name.value];
      if (fragment) rootFieldNames(fragment.selectionSet, fragments, names, seen);
    }
  }
  return [...names];
}

/** graphql-js ends some validation messages with a list of similar schema names. */
const SUGGESTION = / ?Did you mean(.+?)\?$/;

/** Apollo answers 500 to an error thrown before execution unless it names its HTTP status. */
function withStatus(error: unknown, status: number): GraphQLError {
  if (!(error instanceof GraphQLError)) throw error;
  return new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status } } });
}

/**
 * Checks every operation once, after it is parsed and validated and before any resolver runs,
 * so no new query or mutation can skip them: introspection only for signed-in callers and
 * tokens, read-only and session-only rules for API tokens (viewer.ts), and the depth,
 * alias and cost limits (graphql-limits.ts). The fragment limits are checked earlier, in the
 * HTTP handler, before graphql-js validates the document.
 */
export function graphqlLimitsPlugin(limits: OperationLimits): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async validationDidStart({ contextValue }) {
          // Suggestions of similar field and type names would let anonymous callers map the
          // schema that introspection keeps from them.
          if (contextValue.viewer) return;
          return async (errors) => {
            for (const error of errors ?? []) error.message = error.message.replace(SUGGESTION, '');
          };
        },
        async didResolveOperation({ contextValue, operation, document, schema, request }) {
          // Apollo has already refused a document without the named operation.
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const rootFields = rootFieldNames(operation.selectionSet, fragments);
          if (!contextValue.viewer && rootFields.some((field) => INTROSPECTION_FIELDS.has(field))) {
            throw new GraphQLError(
              'Introspection is only for signed-in users and API tokens. Sign in or send Authorization: Bearer <token>; the schema is also published as apps/api/schema.graphql.',
              { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } },
            );
          }
          try {
            assertMayRunOperation(contextValue.viewer, operation.operation, rootFields);
          } catch (error) {
            throw withStatus(error, 403);
          }
          const measure = measureOperation(schema, operation, fragments, request.variables ?? {});
          const exceeded = exceededLimit(measure, limits);
          if (exceeded) {
            throw new GraphQLError(exceeded.message, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: exceeded.limit, measured: measure[exceeded.limit], http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
