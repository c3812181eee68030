import type { Redis } from 'ioredis';
import { DEFAULT_REDIS_KEY_PREFIX } from './connect-redis.ts';
import { silentLogger, type GatewayLogger } from './gateway-logger.ts';
import type { MinuteUsage, MinuteUsageRow } from './minute-usage.ts';
import { addUsageToRedis, REDIS_USAGE_FLUSH_INTERVAL_MS } from './redis-usage.ts';

/** Rows kept for a Redis that does not answer before the oldest are dropped (about a busy hour). */
const MAX_PENDING_ROWS = 100_000;

export interface UsageFlusher {
  /** Adds what was counted since the last flush to Redis now. */
  flush(): Promise<void>;
  /** Stops the timer after a last flush. */
  stop(): Promise<void>;
}

/**
 * Moves the gateway's per-minute counts into Redis every second, off the request path (requests
 * only add to MinuteUsage in memory). A flush that fails keeps its rows for the next one, so a
 * Redis outage delays counts rather than losing them, up to MAX_PENDING_ROWS.
 */
export function flushUsageToRedis(options: { minuteUsage: MinuteUsage; redis: Redis; keyPrefix?: string; intervalMs?: number; logger?: GatewayLogger }): UsageFlusher {
  const { minuteUsage, redis, keyPrefix = DEFAULT_REDIS_KEY_PREFIX, intervalMs = REDIS_USAGE_FLUSH_INTERVAL_MS, logger = silentLogger } = options;
  let pending: MinuteUsageRow[] = [];
  let failing = false;
  let running: Promise<void> | undefined;

  const flushOnce = async () => {
    const rows = pending.concat(minuteUsage.drain());
    pending = [];
    try {
      await addUsageToRedis(redis, keyPrefix, rows);
      if (failing) logger.info({}, 'usage counts reach Redis again');
      failing = false;
    } catch (err) {
      if (!failing) logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'cannot add usage counts to Redis; keeping them for the next try');
      failing = true;
      const dropped = rows.length - MAX_PENDING_ROWS;
      if (dropped > 0) logger.warn({ dropped }, 'dropped usage counts Redis did not take in time');
      pending = dropped > 0 ? rows.slice(dropped) : rows;
    }
  };
  const flush = () => (running ??= flushOnce().finally(() => (running = undefined)));

  const timer = setInterval(() => void flush(), intervalMs);
  timer.unref();
  return {
    flush,
    async stop() {
      clearInterval(timer);
      await running;
      await flush();
    },
  };
}
