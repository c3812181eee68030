import type { GatehouseConfig } from '@gatehouse/config';
import type { PrismaClient } from '@gatehouse/db';
import type { Logger } from 'pino';
import { GatewayUsageClient } from './gateway-usage.client.ts';
import { UsageBucketsRepo } from './usage-buckets.repo.ts';
import { UsageCollector } from './usage-collector.ts';
import { UsageOverTimeService } from './usage-over-time.service.ts';
import { UsageRepo } from './usage.repo.ts';
import { UsageService } from './usage.service.ts';

/**
 * The usage module's services: live totals since the gateway started (`usage`), the collector that
 * stores the gateway's minute counts (`usageCollector`, started by main.ts) and the series read
 * from them (`usageOverTime`).
 */
export function createUsageServices({ db, config, logger }: { db: PrismaClient; config: GatehouseConfig; logger: Logger }) {
  const log = logger.child({ module: 'usage' });
  const gateway = new GatewayUsageClient({ baseUrl: config.urls.gatewayInternal, token: config.gatewayUsageToken, logger: log });
  const owners = new UsageRepo(db);
  const buckets = new UsageBucketsRepo(db);
  const usageCollector = new UsageCollector(buckets, gateway, log);
  return {
    usage: new UsageService(owners, gateway),
    usageCollector,
    usageOverTime: new UsageOverTimeService(owners, buckets, usageCollector),
  };
}
