import { GraphQLError, type ExecutionResult } from 'graphql';

/** What GraphiQL hands a fetcher: the operation, and the headers typed in its Headers tab. */
export interface ExplorerRequest {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}


/**
 * The explorer's fetcher: a JSON POST to the same-origin /graphql, as the SPA's Apollo Client
 * sends it. The httpOnly session cookie goes along (same origin), and the `application/json`
 * content type is what Apollo Server's CSRF prevention requires of a cookie-authenticated
 * request (a cross-site form cannot send it without a CORS preflight). Headers typed in
 * GraphiQL's Headers tab are added, so an `Authorization: Bearer` token can be tried too.
 */
export function createExplorerFetcher(endpoint = '/graphql', fetchImpl: typeof fetch = (...args) => fetch(...args)) {
  return async (request: ExplorerRequest, options?: { headers?: Record<string, unknown> }): Promise<ExecutionResult> => {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(options?.headers ?? {})) {
      // The content type stays JSON whatever is typed: CSRF prevention depends on it.
      if (value === undefined || value === null || name.toLowerCase() === 'content-type') continue;
      headers[name] = String(value);
    }
    const response = await fetchImpl(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        ...headers,
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify(request),
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as ExecutionResult;
    } catch {
      // A proxy error page or an empty body: say what came back instead of a parse error.
      return {
        errors: [
          new GraphQLError(
            `The API answered HTTP ${response.status} without a GraphQL response. Check that Gatehouse's API is running, then run the operation again.`,
          ),
        ],
      };
    }
  };
}
