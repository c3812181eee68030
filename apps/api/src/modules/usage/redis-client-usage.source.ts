import { DEFAULT_REDIS_KEY_PREFIX } from '@gatehouse/gateway/redis-usage';
import { readUsageTotals } from '@gatehouse/gateway/redis-usage-totals';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { GatewayUsageUnavailable, type ClientUsageReport } from './gateway-usage.client.ts';

/** Where live per-client totals come from: one gateway over HTTP, or Redis (REDIS_URL). */
export interface ClientUsageSource {
  usageOf(clientIds: readonly string[]): Promise<Map<string, ClientUsageReport> | GatewayUsageUnavailable>;
}

/**
 * The live per-client totals every gateway adds into Redis on its usage flush
 * (apps/gateway/src/redis-usage-totals.ts, docs/decisions/014-gateways-on-several-hosts.md):
 * with several gateways, one gateway's own counters would be only part of a client's calls.
 * One pipeline per page of clients. Never throws.
 */
export class RedisClientUsage implements ClientUsageSource {
  readonly #keyPrefix: string;

  constructor(
    private readonly redis: Redis,
    private readonly logger: Logger,
    { keyPrefix = DEFAULT_REDIS_KEY_PREFIX }: { keyPrefix?: string } = {},
  ) {
    this.#keyPrefix = keyPrefix;
  }

  async usageOf(clientIds: readonly string[]): Promise<Map<string, ClientUsageReport> | GatewayUsageUnavailable> {
    try {
      const { since, clients } = await readUsageTotals(this.redis, this.#keyPrefix, clientIds);
      return new Map(clients.map((client) => [client.id, { ...client, since }]));
    } catch (err) {
      const reason = `Redis: ${err instanceof Error ? err.message : String(err)}`;
      this.logger.warn({ reason }, 'could not read usage totals from Redis');
      return new GatewayUsageUnavailable(reason);
    }
  }
}
