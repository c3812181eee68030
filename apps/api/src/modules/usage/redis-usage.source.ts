import { DEFAULT_REDIS_KEY_PREFIX, forgetUsageTake, takeUsageFromRedis } from '@gatehouse/gateway/redis-usage';
import type { Redis } from 'ioredis';
import { GatewayUsageUnavailable, type MinuteUsageAck, type MinuteUsageReport } from './gateway-usage.client.ts';

/** Where the collector gets per-minute counts: the gateway over HTTP, or Redis (REDIS_URL). */
export interface MinuteUsageSource {
  collectMinutes(ack: MinuteUsageAck | undefined): Promise<MinuteUsageReport | GatewayUsageUnavailable>;
  close?(): Promise<void>;
}

export interface RedisUsageSourceOptions {
  /** Default DEFAULT_REDIS_KEY_PREFIX, as the gateways use. */
  keyPrefix?: string;
  /** A take not forgotten this long after it was taken is reclaimed by another collector (default 60 s). */
  leaseMs?: number;
}

/** A minute is taken this long after it closed, so the gateways' last flush for it (every 1 s) is in. */
const CLOSED_FOR_MS = 2000;

/**
 * Per-minute counts that every gateway adds into Redis (apps/gateway/src/redis-usage.ts), taken
 * by whichever API replica collects first: each take has its own id, which becomes the rows'
 * gateway instance, so storing a take again overwrites it and the collector's acknowledgement
 * of that id makes Redis forget it. A take a crashed replica left behind is reclaimed.
 */
export class RedisUsageSource implements MinuteUsageSource {
  readonly #keyPrefix: string;
  readonly #leaseMs: number;

  constructor(
    private readonly redis: Redis,
    { keyPrefix = DEFAULT_REDIS_KEY_PREFIX, leaseMs = 60_000 }: RedisUsageSourceOptions = {},
  ) {
    this.#keyPrefix = keyPrefix;
    this.#leaseMs = leaseMs;
  }

  async collectMinutes(ack: MinuteUsageAck | undefined): Promise<MinuteUsageReport | GatewayUsageUnavailable> {
    const now = Date.now();
    const currentMinute = Math.floor(now / 60_000);
    try {
      if (ack !== undefined) await forgetUsageTake(this.redis, this.#keyPrefix, ack.instance);
      const take = await takeUsageFromRedis(this.redis, this.#keyPrefix, Math.floor((now - CLOSED_FOR_MS) / 60_000) - 1, this.#leaseMs);
      return { instance: take?.takeId ?? 'redis', currentMinute, droppedMinutes: 0, minutes: take?.rows ?? [] };
    } catch (err) {
      return new GatewayUsageUnavailable(`Redis: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
