import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { GraphQLContext } from './context.ts';
import { BodyError, readJsonBody } from './read-json-body.ts';

const MAX_BODY_BYTES = 64 * 1024;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * The API's node:http handler: /graphql through Apollo, /healthz for the start script. Written
 * out instead of Apollo's standalone server because that one sends `Access-Control-Allow-Origin: *`
 * and accepts 50 MB bodies; the SPA is same-origin (through the web server) and needs neither.
 */
export function createHttpHandler(deps: {
  apollo: ApolloServer<GraphQLContext>;
  context: (req: IncomingMessage, setCookie: (cookie: string) => void) => Promise<GraphQLContext>;
  logger: Logger;
}) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'not_found', message: 'GraphQL is served at /graphql.' });
    if (req.method !== 'POST' && req.method !== 'GET') {
      res.setHeader('allow', 'GET, POST');
      return sendJson(res, 405, { error: 'method_not_allowed', message: 'Use POST (or GET for queries).' });
    }
    try {
      const body = await readJsonBody(req, MAX_BODY_BYTES);
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const cookies: string[] = [];
      const result = await deps.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method, headers, search: url.search, body },
        context: () => deps.context(req, (cookie) => cookies.push(cookie)),
      });
      for (const [key, value] of result.headers) res.setHeader(key, value);
      if (cookies.length > 0) res.setHeader('set-cookie', cookies);
      res.setHeader('cache-control', 'no-store');
      res.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') return void res.end(result.body.string);
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      if (error instanceof BodyError) return sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }] });
      deps.logger.error({ err: error }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL' } }] });
      else res.end();
    }
  };
}
