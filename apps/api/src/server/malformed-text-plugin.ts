import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from './context.ts';

/** C0 controls and DEL, except tab, line feed and carriage return, which multi-line fields use. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path and problem of the first string in `value` that no form could have produced. */
function findMalformed(value: unknown, path: string): string | null {
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) return `${path} is not valid Unicode (it has a lone surrogate)`;
    if (CONTROL.test(value)) return `${path} contains a control character such as NUL`;
    return null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findMalformed(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = findMalformed(inner, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Refuses text with control characters or lone surrogates in any variable, before a resolver
 * runs (issue 7, fuzz test). Such text comes from no form: stored, it breaks logs, CSV exports
 * and identity providers that read C strings, and a lone surrogate cannot be encoded as UTF-8.
 * GraphQL string literals need no check: the parser already refuses them (spec section 2.4.7).
 */
export function malformedTextPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          const problem = findMalformed(request.variables ?? {}, '$');
          if (problem) {
            throw new GraphQLError(`Variable ${problem.replace(/^\$\./, '$')}; remove it and send the request again.`, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
