// First: V8 tuning that must precede the request path (see tune-v8.ts).
import './tune-v8.ts';
import { resolve } from 'node:path';
import { loadConfig } from '@gatehouse/config';
import { serveMetrics } from '@gatehouse/telemetry';
import { pino } from 'pino';
import { connectRedis } from './connect-redis.ts';
import { createGateway } from './create-gateway.ts';
import { flushUsageToRedis } from './flush-usage-to-redis.ts';
import { GatewayMetrics } from './gateway-metrics.ts';
import { redisReadiness } from './redis-readiness.ts';
import { SharedLimits } from './shared-limits.ts';
import { watchPortalDatabase } from './watch-portal-database.ts';
import { watchPortalPostgres } from './watch-portal-postgres.ts';

const config = loadConfig();
const logger = pino({
  name: 'gateway',
  level: config.logLevel,
  // Belt and braces: the gateway never logs request headers, and a token must never reach a log.
  redact: { paths: ['req.headers.authorization', 'headers.authorization', 'authorization'], censor: '[redacted]' },
});

// Prometheus metrics only when GATEWAY_METRICS_PORT names a port: off, the request path keeps no counters.
let metrics: GatewayMetrics | undefined;
const onReadFailed = () => metrics?.databaseError();

// PostgreSQL: read over the network and LISTEN for changes, so the gateway can run on any host.
// SQLite: the file of DATABASE_URL, resolved as @gatehouse/db does (packages/db/src/sqlite-path-from-url.ts).
const source = /^postgres(?:ql)?:\/\//i.test(config.databaseUrl)
  ? watchPortalPostgres({ connectionString: config.databaseUrl, logger, onReadFailed })
  : watchPortalDatabase({ databasePath: resolve(config.databaseUrl.replace(/^file:/, '')), logger, onReadFailed });
if (config.metrics.gatewayPort !== undefined) metrics = new GatewayMetrics({ source });
await source.start();

// Usage counters: loopback callers with the shared token only, in every mode (behind a reverse
// proxy on the same host every caller looks local). `npm start` (packages/stack) passes the API
// and the gateway one token made for the run when none is configured.
const usageEndpoint = config.gatewayUsageToken ? { token: config.gatewayUsageToken } : false;
if (usageEndpoint === false) logger.warn({}, 'GATEWAY_USAGE_TOKEN is not set: the portal cannot show usage');

// With REDIS_URL, limits are counted in Redis and so hold across every gateway (docs/deploy.md).
const redis = config.redisUrl === undefined ? undefined : connectRedis(config.redisUrl, { logger });
const sharedLimits = redis && new SharedLimits({ redis, failMode: config.gatewayLimitsFailMode, logger });

redis?.on('error', () => metrics?.redisError());

const gateway = createGateway({
  source, logger, usageEndpoint,
  ...(sharedLimits && { sharedLimits }),
  ...(metrics && { metrics }),
  readinessChecks: redis ? [redisReadiness(redis, config.gatewayLimitsFailMode)] : [],
});
// Per-minute usage and the live per-client totals go into Redis every second, on a connection of
// its own (a flush never queues ahead of a request's limit check), for whichever API replica reads
// them: the portal's totals then cover every gateway (docs/decisions/014-gateways-on-several-hosts.md).
const usageRedis = config.redisUrl === undefined ? undefined : connectRedis(config.redisUrl, { logger });
usageRedis?.on('error', () => metrics?.redisError());
const usageFlusher = usageRedis && flushUsageToRedis({ minuteUsage: gateway.minuteUsage, usage: gateway.usage, redis: usageRedis, logger });

gateway.server.listen(config.ports.gateway, config.host, () => {
  logger.info({ url: `http://${config.host}:${config.ports.gateway}`, apis: source.current().apis.size, limits: sharedLimits ? 'redis' : 'memory' }, 'gateway listening');
});
// Apart from the public listener: see docs/operations.md for what it serves.
const metricsServer = metrics && (await serveMetrics(metrics.registry, { port: config.metrics.gatewayPort!, host: config.metrics.host }));
if (metricsServer) logger.info({ url: `${metricsServer.url}/metrics` }, 'gateway metrics listening');

// Stop with the script that started us, so the port is freed (STACK.md "Processes and ports").
let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'gateway stopping');
  setTimeout(() => process.exit(1), 10_000).unref();
  await gateway.close();
  await metricsServer?.close();
  await source.close();
  await usageFlusher?.stop();
  redis?.disconnect();
  usageRedis?.disconnect();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
