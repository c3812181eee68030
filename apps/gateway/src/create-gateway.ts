import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ApiDefinitionSource, ApiTable } from './api-definition.ts';
import { authenticateRequest } from './authenticate-request.ts';
import { createUpstreamForwarder } from './forward-to-upstream.ts';
import { silentLogger, type GatewayLogger } from './gateway-logger.ts';
import { gatewayResponses } from './gateway-responses.ts';
import { JwksKeySets, type JwksOptions } from './jwks-key-sets.ts';
import type { GatewayExchange, RequestStep } from './request-step.ts';
import { VerifiedTokenCache, type VerifiedTokenCacheOptions } from './verified-token-cache.ts';

export interface GatewayOptions {
  /** Where the routing table comes from: the database (main.ts) or memory (tests). */
  source: ApiDefinitionSource;
  logger?: GatewayLogger;
  /** How long to wait for an upstream's response headers before answering 504 (default 30 s). */
  upstreamTimeoutMs?: number;
  /** Remote JWKS fetching: timeout (default 2 s) and refetch cooldown for unknown kids (default 30 s). */
  jwks?: JwksOptions;
  /** How long and how many verified tokens are remembered (default 30 s, 10 000 per API). */
  verifiedTokenCache?: VerifiedTokenCacheOptions;
}

export interface Gateway {
  /** Not listening yet: call `server.listen(port, host)`. */
  server: Server;
  /** Stops accepting connections, lets in-flight requests finish, then closes upstream connections. */
  close(): Promise<void>;
}

// "." or ".." as a whole segment, literal or percent-encoded: the upstream would resolve it and
// could step out of the API's base path (RFC 3986 section 5.2.4), so such targets are refused.
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i;

/**
 * The JWT-validating reverse proxy. Each request is routed by the longest listen path, then runs
 * through the request steps, then is forwarded:
 *
 *   route -> authenticate -> (later: enforce policy, rate limit, quota) -> forward
 */
export function createGateway({ source, logger = silentLogger, upstreamTimeoutMs, jwks, verifiedTokenCache }: GatewayOptions): Gateway {
  const keySets = new JwksKeySets(jwks);
  const forwarder = createUpstreamForwarder({ logger, ...(upstreamTimeoutMs === undefined ? {} : { upstreamTimeoutMs }) });
  // The request pipeline, run in order after routing. Policy enforcement (access rights), rate
  // limits and quotas are later steps appended after authentication: they read exchange.route and
  // exchange.clientId and return a GatewayResponse to refuse.
  const steps: readonly RequestStep[] = [authenticateRequest(keySets, new VerifiedTokenCache(verifiedTokenCache))];

  let knownTable: ApiTable | undefined;
  const currentTable = (): ApiTable => {
    const table = source.current();
    if (table !== knownTable) {
      // Definitions changed: drop JWKS resolvers no API uses any more.
      keySets.retainOnly(new Set(table.routes.map((r) => r.definition.jwksUri)));
      knownTable = table;
    }
    return table;
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '';
    // Origin-form only (RFC 9112 section 3.2.1); "*" and absolute-form are not for this gateway.
    if (url.charCodeAt(0) !== 0x2f) return gatewayResponses.badRequest.send(res);
    const queryAt = url.indexOf('?');
    const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
    const table = currentTable();

    if (pathname === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      return sendHealth(res, table.size);
    }
    if (DOT_SEGMENT.test(pathname)) return gatewayResponses.badRequest.send(res);

    const route = table.match(pathname);
    if (!route) return gatewayResponses.notFound.send(res);

    const remainder = pathname.slice(route.prefix.length);
    const upstreamPath = (route.upstreamBasePath + remainder || '/') + (queryAt === -1 ? '' : url.slice(queryAt));
    const exchange: GatewayExchange = { req, res, route, upstreamPath, claims: undefined, clientId: undefined };

    for (let i = 0; i < steps.length; i++) {
      const rejection = await steps[i]!(exchange);
      if (rejection) return rejection.send(res);
    }
    await forwarder.forward(exchange);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      // A bug, not an upstream failure: log it, answer a bare 500, never a stack trace.
      logger.error({ err, method: req.method }, 'gateway failed to handle a request');
      if (!res.headersSent) gatewayResponses.internalError.send(res);
      else res.destroy();
    });
  });

  return {
    server,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await forwarder.close();
    },
  };
}

function sendHealth(res: ServerResponse, apis: number): void {
  const body = JSON.stringify({ status: 'ok', apis });
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
  res.end(body);
}
