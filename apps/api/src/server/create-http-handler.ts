import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestIdFrom, runWithRequestIds, sendReadiness, traceparentFrom, type ReadinessCheck } from '@gatehouse/telemetry';
import type { Logger } from 'pino';
import type { ApiMetrics } from './api-metrics.ts';
import { DATABASE_UNAVAILABLE, isDatabaseUnreachable } from './database-unavailable.ts';
import type { Caller, GraphQLContext } from './context.ts';
import { countFragments, exceededDocumentLimit, type OperationLimits } from './graphql-limits.ts';
import type { RateLimit, RateLimitStore, RateLimits } from './graphql-limits-rate.ts';
import { BodyError, readJsonBody } from '../lib/read-json-body.ts';

const MAX_BODY_BYTES = 64 * 1024;

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

/** A GraphQL-shaped error body, so clients read every refusal the same way. */
function graphqlError(message: string, code: string, extra: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extra } }] };
}

/** Which allowance a request draws on: its token's, its user's, or else its IP address's. */
function rateOf(caller: Exclude<Caller, { kind: 'rejected' }>, limits: RateLimits, ip: string | undefined): { key: string; limit: RateLimit; per: string } | null {
  if (caller.kind === 'token') return { key: caller.rateKey, limit: limits.token, per: 'API token' };
  if (caller.rateKey) return { key: caller.rateKey, limit: limits.session, per: 'signed-in user' };
  return ip ? { key: `ip:${ip}`, limit: limits.anonymous, per: 'IP address without a session or token' } : null;
}

/**
 * The API's node:http handler: /graphql through Apollo, /healthz (alive) for the start script,
 * /readyz (can serve: database, Redis) for load balancers. Written
 * out instead of Apollo's standalone server because that one sends `Access-Control-Allow-Origin: *`
 * and accepts 50 MB bodies; the SPA is same-origin (through the web server) and needs neither.
 */
export function createHttpHandler(deps: {
  apollo: ApolloServer<GraphQLContext>;
  resolveCaller: (req: IncomingMessage) => Promise<Caller>;
  context: (req: IncomingMessage, setCookie: (cookie: string) => void, caller: Exclude<Caller, { kind: 'rejected' }>) => GraphQLContext;
  rateLimiter: RateLimitStore;
  rateLimits: RateLimits | false;
  clientIp: (req: IncomingMessage) => string | undefined;
  operationLimits: OperationLimits;
  logger: Logger;
  metrics?: ApiMetrics;
  readinessChecks?: readonly ReadinessCheck[];
  /** The embedded IdP's endpoints under /internal/idp/ (modules/idp-consents/idp-internal-endpoint.ts). */
  internal: (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<void>;
}) {
  const refused = (outcome: string) => deps.metrics?.operations.labels('none', outcome).inc();
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/readyz') return sendReadiness(res, deps.readinessChecks ?? []);
    // Every log line written for this request, and every call it makes to an IdP, carries these ids.
    const ids = {
      requestId: requestIdFrom(req.headers['x-request-id']),
      traceparent: traceparentFrom(req.headers.traceparent),
    };
    res.setHeader('x-request-id', ids.requestId);
    return runWithRequestIds(ids, () => handleGraphQL(req, res, url));
  };

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (url.pathname.startsWith('/internal/idp/')) {
      return deps.internal(req, res, url.pathname).catch((error: unknown) => {
        deps.logger.error({ err: error }, 'internal request failed');
        if (!res.headersSent) sendJson(res, 500, { error: 'internal' });
        else res.end();
      });
    }
    if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'not_found', message: 'GraphQL is served at /graphql.' });
    if (req.method !== 'POST' && req.method !== 'GET') {
      res.setHeader('allow', 'GET, POST');
      return sendJson(res, 405, { error: 'method_not_allowed', message: 'Use POST (or GET for queries).' });
    }
    try {
      const caller = await deps.resolveCaller(req);
      if (caller.kind === 'rejected') {
        refused('UNAUTHENTICATED');
        // RFC 6750 section 3: a refused bearer token is a 401 with a WWW-Authenticate challenge.
        return sendJson(res, 401, graphqlError(caller.message, 'UNAUTHENTICATED'), {
          'www-authenticate': `Bearer realm="gatehouse", error="invalid_token", error_description="${caller.message.replace(/["\\]/g, "'")}"`,
        });
      }
      const rate = deps.rateLimits && rateOf(caller, deps.rateLimits, deps.clientIp(req));
      if (rate) {
        const decision = await deps.rateLimiter.take(rate.key, rate.limit);
        if (!decision.allowed) {
          refused('RATE_LIMITED');
          const { limit } = rate;
          const message = `Too many requests: at most ${limit.requests} per ${limit.periodSeconds} seconds for each ${rate.per}. Retry in ${decision.retryAfterSeconds} s.`;
          return sendJson(res, 429, graphqlError(message, 'RATE_LIMITED', { retryAfterSeconds: decision.retryAfterSeconds }), {
            'retry-after': String(decision.retryAfterSeconds),
          });
        }
      }
      const body = await readJsonBody(req, MAX_BODY_BYTES);
      // With at most maxTokens tokens, maxFragments fragments and maxSpreads spreads, no
      // document takes long to validate; these are refused before Apollo parses and validates.
      const query = (body as { query?: unknown } | undefined)?.query ?? url.searchParams.get('query');
      const counts = typeof query === 'string' ? countFragments(query, deps.operationLimits.maxTokens) : null;
      const exceeded = counts && exceededDocumentLimit(counts, deps.operationLimits);
      if (exceeded) return sendJson(res, 400, graphqlError(exceeded.message, 'GRAPHQL_VALIDATION_FAILED', { limit: exceeded.limit }));
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      // Apollo's CSRF prevention lets through requests a browser would preflight. One carrying
      // an Authorization header is such a request (Fetch: not a CORS-safelisted header), and a
      // token is never sent by a browser on its own like a cookie, so token GETs need no extra header.
      if (caller.kind === 'token') headers.set('apollo-require-preflight', 'true');
      const cookies: string[] = [];
      const result = await deps.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method, headers, search: url.search, body },
        context: async () => deps.context(req, (cookie) => cookies.push(cookie), caller),
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
      if (isDatabaseUnreachable(error)) {
        // Reading the caller's session or token needs the database: a retryable answer, at once.
        deps.logger.warn({ err: error instanceof Error ? error.message.trim().split('\n').at(-1) : String(error) }, 'the database cannot be reached');
        if (!res.headersSent) {
          const { message, code, status, retryAfterSeconds } = DATABASE_UNAVAILABLE;
          return sendJson(res, status, graphqlError(message, code), { 'retry-after': String(retryAfterSeconds) });
        }
        return void res.end();
      }
      deps.logger.error({ err: error }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL' } }] });
      else res.end();
    }
  }
}
