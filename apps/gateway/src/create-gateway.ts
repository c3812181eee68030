import { hasDotSegment } from '@gatehouse/config';
import { requestIdFrom, sendReadiness, traceparentFrom, type ReadinessCheck, type ReadinessResult } from '@gatehouse/telemetry';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { ApiTable } from './api-definition.ts';
import { authenticateRequest } from './authenticate-request.ts';
import { authorizeClient } from './authorize-client.ts';
import { ClientLimits } from './client-limits.ts';
import { enforceLimits } from './enforce-limits.ts';
import { enforceSharedLimits } from './enforce-shared-limits.ts';
import { createUpstreamForwarder } from './forward-to-upstream.ts';
import { silentLogger, type GatewayLogger } from './gateway-logger.ts';
import { UPSTREAM_ANSWERED, type GatewayMetrics } from './gateway-metrics.ts';
import { gatewayResponses, type GatewayResponse } from './gateway-responses.ts';
import { JwksKeySets, type JwksOptions } from './jwks-key-sets.ts';
import type { PortalSnapshot, PortalSource } from './portal-snapshot.ts';
import { NO_LIMIT, type GatewayExchange, type RequestStep } from './request-step.ts';
import { MinuteUsage } from './minute-usage.ts';
import { serveUsage, serveUsageMinutes, USAGE_MINUTES_PATH, USAGE_PATH, type UsageEndpointOptions } from './serve-usage.ts';
import type { SharedLimits } from './shared-limits.ts';
import { UsageCounters } from './usage-counters.ts';
import { VerifiedTokenCache, type VerifiedTokenCacheOptions } from './verified-token-cache.ts';

export interface GatewayOptions {
  /** Where APIs, policies and clients come from: the portal database (main.ts) or memory (tests). */
  source: PortalSource;
  logger?: GatewayLogger;
  /** How long to wait for an upstream's response headers before answering 504 (default 30 s). */
  upstreamTimeoutMs?: number;
  /** Remote JWKS fetching: timeout, refetch cooldown for unknown kids, failure backoff, max age. */
  jwks?: JwksOptions;
  /** How long and how many verified tokens are remembered (default 5 min, 10 000 per API). */
  verifiedTokenCache?: VerifiedTokenCacheOptions;
  /** GET /_gatehouse/usage and POST /_gatehouse/usage/minutes for the portal API, loopback callers with the token only (default: off). */
  usageEndpoint?: UsageEndpointOptions | false;
  /** How many minutes of per-minute usage are held for the portal API before the oldest is dropped (default 60). */
  maxHeldUsageMinutes?: number;
  /** Rate limits and quotas counted in Redis, shared with other gateways (REDIS_URL); default: in this process's memory. */
  sharedLimits?: SharedLimits;
  /** Prometheus counters and histograms (gateway-metrics.ts), served on a listener of their own by main.ts; default: none kept. */
  metrics?: GatewayMetrics;
  /** What GET /readyz checks beyond the portal snapshot (main.ts adds the portal database and Redis). */
  readinessChecks?: readonly ReadinessCheck[];
}

export interface Gateway {
  /** Not listening yet: call `server.listen(port, host)`. */
  server: Server;
  /** Per-client request counters, as GET /_gatehouse/usage reports them. */
  usage: UsageCounters;
  /** Per-client, per-API, per-minute counts, as POST /_gatehouse/usage/minutes reports them. */
  minuteUsage: MinuteUsage;
  /** Stops accepting connections, lets in-flight requests finish, then closes upstream connections. */
  close(): Promise<void>;
}

const HEALTH_PATH = '/healthz';
const READY_PATH = '/readyz';


/**
 * The JWT-validating reverse proxy. Each request is routed by the longest listen path, then runs
 * through the request steps, then is forwarded:
 *
 *   route -> authenticate (JWT) -> authorise (portal client, policy) -> limits (rate, quota) -> forward
 *
 * Everything a request reads is in memory: the portal snapshot, verified tokens, JWKS keys and
 * counters. Each answered request of an identified client is counted in `usage`.
 */
export function createGateway(options: GatewayOptions): Gateway {
  const { source, logger = silentLogger, upstreamTimeoutMs, jwks, verifiedTokenCache, usageEndpoint = false, metrics } = options;
  const keySets = new JwksKeySets({
    ...jwks,
    ...(metrics && { onFetched: (ok: boolean) => metrics.jwksFetched(ok) }),
  }, (jwksUri, err) => logger.warn({ jwksUri, err }, 'JWKS fetch failed; keeping the keys fetched before'));
  const limits = new ClientLimits();
  const usage = new UsageCounters();
  const minuteUsage = new MinuteUsage(options.maxHeldUsageMinutes === undefined ? {} : { maxHeldMinutes: options.maxHeldUsageMinutes });
  const steps: readonly RequestStep[] = [
    authenticateRequest(keySets, new VerifiedTokenCache(verifiedTokenCache), metrics),
    authorizeClient,
    options.sharedLimits ? enforceSharedLimits(options.sharedLimits, enforceLimits(limits)) : enforceLimits(limits),
  ];

  let knownSnapshot: PortalSnapshot | undefined;
  let knownTable: ApiTable | undefined;
  const currentSnapshot = (): PortalSnapshot => {
    const snapshot = source.current();
    if (snapshot !== knownSnapshot) {
      // Portal data changed: drop what belongs to deleted clients and to JWKS URIs no API uses.
      limits.retainClients(snapshot);
      usage.retainClients(snapshot);
      if (snapshot.apis !== knownTable) keySets.retainOnly(new Set(snapshot.apis.routes.map((r) => r.definition.jwksUri)));
      knownSnapshot = snapshot;
      knownTable = snapshot.apis;
    }
    return snapshot;
  };

  const readinessChecks: readonly ReadinessCheck[] = [
    // A stale snapshot still serves (docs/deploy.md): only one never loaded makes the gateway unready.
    { name: 'portal', check: () => portalReadiness(source) },
    ...(options.readinessChecks ?? []),
  ];

  const forwarder = createUpstreamForwarder({ logger, onFinished: finished, ...(upstreamTimeoutMs === undefined ? {} : { upstreamTimeoutMs }) });

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const startedAt = performance.now();
    const url = req.url ?? '';
    // Origin-form only (RFC 9112 section 3.2.1); "*" and absolute-form are not for this gateway.
    if (url.charCodeAt(0) !== 0x2f) return answerUnrouted(req, res, gatewayResponses.badRequest, startedAt);
    const queryAt = url.indexOf('?');
    const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
    const snapshot = currentSnapshot();

    if (pathname === HEALTH_PATH && (req.method === 'GET' || req.method === 'HEAD')) return sendHealth(res, snapshot.apis.size, source, options.sharedLimits);
    if (pathname === READY_PATH && (req.method === 'GET' || req.method === 'HEAD')) return void sendReadiness(res, readinessChecks);
    if (pathname === USAGE_PATH && usageEndpoint !== false) {
      return serveUsage(req, res, queryAt === -1 ? '' : url.slice(queryAt + 1), usage, usageEndpoint);
    }
    if (pathname === USAGE_MINUTES_PATH && usageEndpoint !== false) {
      return serveUsageMinutes(req, res, queryAt === -1 ? '' : url.slice(queryAt + 1), minuteUsage, usageEndpoint);
    }
    // "." or ".." segments in any spelling (%2E, %2F, %5C, backslash) are refused: the upstream
    // could resolve them out of the API's base path. Most paths have no ".", "%" or backslash.
    if ((pathname.includes('.') || pathname.includes('%') || pathname.includes('\\')) && hasDotSegment(pathname)) return answerUnrouted(req, res, gatewayResponses.badRequest, startedAt);

    const route = snapshot.apis.match(pathname);
    if (!route) return answerUnrouted(req, res, gatewayResponses.notFound, startedAt);

    const remainder = pathname.slice(route.prefix.length);
    const upstreamPath = (route.upstreamBasePath + remainder || '/') + (queryAt === -1 ? '' : url.slice(queryAt));
    runSteps({
      req, res, startedAt, route, snapshot, upstreamPath,
      requestId: requestIdFrom(req.headers['x-request-id']),
      traceparent: traceparentFrom(req.headers.traceparent),
      forwardedAt: 0,
      claims: undefined, clientId: undefined, scopes: undefined, client: undefined, policy: undefined,
      rateLimit: NO_LIMIT, rateLimitRemaining: NO_LIMIT, rateLimitReset: NO_LIMIT,
      quotaLimit: NO_LIMIT, quotaRemaining: NO_LIMIT, quotaReset: NO_LIMIT,
    }, 0);
  }

  /**
   * Runs the steps from `first` on, then forwards. Steps answer synchronously when they can (a
   * cached token, every policy check); only a step that returns a promise makes the rest wait.
   */
  function runSteps(exchange: GatewayExchange, first: number): void {
    for (let i = first; i < steps.length; i++) {
      const outcome = steps[i]!(exchange);
      if (outcome instanceof Promise) {
        outcome.then(
          (rejection) => (rejection ? refuse(exchange, rejection) : runSteps(exchange, i + 1)),
          (err: unknown) => failed(exchange.req, exchange.res, err, exchange),
        );
        return;
      }
      if (outcome) return refuse(exchange, outcome);
    }
    forwarder.forward(exchange);
  }

  function refuse(exchange: GatewayExchange, rejection: GatewayResponse): void {
    exchange.res.setHeader('x-request-id', exchange.requestId);
    rejection.send(exchange.res);
    finished(exchange, rejection.reason);
  }

  /** Counts an answered request: for the portal's usage when its client is known, and in the metrics. */
  function finished(exchange: GatewayExchange, reason: string): void {
    const { client, route, res, startedAt } = exchange;
    // A client that left before any answer counts under "other", not as the 200 Node presets.
    const status = res.headersSent ? res.statusCode : 0;
    const finishedAt = performance.now();
    if (metrics !== undefined) {
      metrics.requestFinished(route, status, reason, startedAt, finishedAt);
      if (exchange.forwardedAt !== 0 && reason === UPSTREAM_ANSWERED) metrics.upstreamFinished(route, exchange.forwardedAt, finishedAt);
    }
    if (client === undefined) return;
    usage.record(client.id, status, startedAt, finishedAt);
    minuteUsage.record(client.id, route.definition.id, status, startedAt, finishedAt);
  }

  /** A request that matched no API: answered, counted under no API, returned its request id. */
  function answerUnrouted(req: IncomingMessage, res: ServerResponse, answer: GatewayResponse, startedAt: number): void {
    res.setHeader('x-request-id', requestIdFrom(req.headers['x-request-id']));
    answer.send(res);
    metrics?.requestFinished(undefined, answer.status, answer.reason, startedAt, performance.now());
  }

  /** A bug, not an upstream failure: log it, answer a bare 500, never a stack trace. */
  function failed(req: IncomingMessage, res: ServerResponse, err: unknown, exchange?: GatewayExchange): void {
    logger.error({ err, method: req.method, requestId: exchange?.requestId }, 'gateway failed to handle a request');
    if (!res.headersSent) gatewayResponses.internalError.send(res);
    else res.destroy();
    if (exchange) metrics?.requestFinished(exchange.route, gatewayResponses.internalError.status, gatewayResponses.internalError.reason, exchange.startedAt, performance.now());
  }

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (err) {
      failed(req, res, err);
    }
  });

  return {
    server,
    usage,
    minuteUsage,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await forwarder.close();
    },
  };
}

function portalReadiness(source: PortalSource): ReadinessResult {
  if (source.loaded?.() === false) return { ok: false, detail: 'the portal database has not been read yet' };
  const health = source.health?.();
  const apis = `${source.current().apis.size} APIs`;
  return { ok: true, detail: health?.stale ? `${apis}, stale since ${health.staleSince ?? 'start'}` : apis };
}

/**
 * 200 whenever the gateway serves: "degraded" when it serves on a stale snapshot or without shared
 * limits, with the details, so a load balancer keeps it while an operator sees why.
 */
function sendHealth(res: ServerResponse, apis: number, source: PortalSource, sharedLimits: SharedLimits | undefined): void {
  const portal = source.health?.();
  const limits = sharedLimits?.health();
  const degraded = portal?.stale === true || limits?.available === false;
  const body = JSON.stringify({ status: degraded ? 'degraded' : 'ok', apis, ...(portal && { portal }), ...(limits && { limits }) });
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
  res.end(body);
}
