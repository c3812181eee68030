import type { GatehouseConfig } from '@gatehouse/config';
import type { PrismaClient } from '@gatehouse/db';
import type { Logger } from 'pino';
import { Redis } from 'ioredis';
import { GatewayUsageClient } from './gateway-usage.client.ts';
import { RedisClientUsage } from './redis-client-usage.source.ts';
import { RedisUsageSource } from './redis-usage.source.ts';
import { UsageBucketsRepo } from './usage-buckets.repo.ts';
import { UsageCollector } from './usage-collector.ts';
import { UsageOverTimeService } from './usage-over-time.service.ts';
import { UsageRepo } from './usage.repo.ts';
import { UsageService } from './usage.service.ts';

/**
 * The usage module's services: live totals (`usage`), the collector that stores the gateways'
 * minute counts (`usageCollector`, started by main.ts) and the series read from them (`usageOverTime`).
 */
export function createUsageServices({ db, config, logger, keyPrefix }: { db: PrismaClient; config: GatehouseConfig; logger: Logger; keyPrefix?: string }) {
  const log = logger.child({ module: 'usage' });
  const gateway = new GatewayUsageClient({ baseUrl: config.urls.gatewayInternal, token: config.gatewayUsageToken, logger: log });
  const owners = new UsageRepo(db);
  const buckets = new UsageBucketsRepo(db);
  // With REDIS_URL every gateway adds its minute counts into Redis and any replica may take them;
  // without it, the one gateway holds them for this API (docs/decisions/007-usage-over-time.md).
  // Live totals likewise: every gateway adds its own into Redis, so the API reads their sum there
  // rather than one gateway's counters (docs/decisions/014-gateways-on-several-hosts.md).
  const redis = config.redisUrl === undefined ? undefined : connectUsageRedis(config.redisUrl, log);
  const minutes = redis === undefined ? gateway : new RedisUsageSource(redis, { ...(keyPrefix !== undefined && { keyPrefix }) });
  const totals = redis === undefined ? gateway : new RedisClientUsage(redis, log, { ...(keyPrefix !== undefined && { keyPrefix }) });
  const usageCollector = new UsageCollector(buckets, minutes, log);
  return {
    usage: new UsageService({ repo: owners, gateway: totals }),
    usageCollector,
    usageOverTime: new UsageOverTimeService({ owners, buckets, collector: usageCollector }),
  };
}

/** Off the request path: commands may queue while reconnecting, and fail after 2 s. */
function connectUsageRedis(url: string, logger: Logger): Redis {
  const redis = new Redis(url, { commandTimeout: 2000, maxRetriesPerRequest: 1, lazyConnect: true });
  redis.on('error', (err: Error) => logger.debug({ err: err.message }, 'Redis connection error'));
  return redis;
}
