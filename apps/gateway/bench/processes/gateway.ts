// The gateway as main.ts runs it: V8 tuned, watching the portal database the benchmark prepared.
// With BENCH_REDIS_URL, limits are counted in Redis and usage flushed to it, as with REDIS_URL,
// under the key prefix BENCH_REDIS_PREFIX; Redis calls are counted through ioredis's tracing channels.
// With BENCH_METRICS=1 it keeps Prometheus metrics, served on a listener of their own and scraped
// every 5 s (Prometheus's default is 15 s), as GATEWAY_METRICS_PORT makes main.ts do.
import '../../src/tune-v8.ts';
import { serveMetrics } from '@gatehouse/telemetry';
import { GatewayMetrics } from '../../src/gateway-metrics.ts';
import { subscribe } from 'node:diagnostics_channel';
import { connectRedis, redisReady } from '../../src/connect-redis.ts';
import { createGateway } from '../../src/create-gateway.ts';
import { flushUsageToRedis } from '../../src/flush-usage-to-redis.ts';
import { SharedLimits } from '../../src/shared-limits.ts';
import { watchPortalDatabase } from '../../src/watch-portal-database.ts';
import { serveBenchProcess } from '../serve-bench-process.ts';

const source = watchPortalDatabase({ databasePath: process.env.BENCH_DATABASE_PATH! });
source.start();

const redisUrl = process.env.BENCH_REDIS_URL;
const counters = { requests: 0, redisLimitCalls: 0, redisBatches: 0 };
let sharedLimits: SharedLimits | undefined;
if (redisUrl) {
  subscribe('tracing:ioredis:command:start', (message) => {
    const { command } = message as { command: string };
    if (command === 'evalsha' || command === 'eval') counters.redisLimitCalls++;
  });
  subscribe('tracing:ioredis:batch:start', () => void counters.redisBatches++);
  const keyPrefix = process.env.BENCH_REDIS_PREFIX!;
  const redis = connectRedis(redisUrl);
  await redisReady(redis, 2000);
  sharedLimits = new SharedLimits({ redis, keyPrefix });
  const usageRedis = connectRedis(redisUrl);
  const gateway = createGateway({ source, sharedLimits });
  // Requests the gateway received: per request, whether or not autocannon saw it finish.
  gateway.server.on('request', () => void counters.requests++);
  flushUsageToRedis({ minuteUsage: gateway.minuteUsage, redis: usageRedis, keyPrefix });
  await serveBenchProcess(gateway.server, () => counters);
} else if (process.env.BENCH_METRICS === '1') {
  const metrics = new GatewayMetrics({ source });
  const listener = await serveMetrics(metrics.registry, { port: 0, host: '127.0.0.1' });
  // A failed scrape (the machine too busy to answer in time) is the scraper's problem, as with Prometheus.
  setInterval(() => void fetch(`${listener.url}/metrics`).then((r) => r.text()).catch(() => {}), 5000).unref();
  await serveBenchProcess(createGateway({ source, metrics }).server);
} else {
  await serveBenchProcess(createGateway({ source }).server);
}
