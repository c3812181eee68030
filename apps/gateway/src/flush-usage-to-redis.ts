import type { Redis } from 'ioredis';
import { DEFAULT_REDIS_KEY_PREFIX } from './connect-redis.ts';
import { silentLogger, type GatewayLogger } from './gateway-logger.ts';
import type { MinuteUsage, MinuteUsageRow } from './minute-usage.ts';
import { queueUsageRows, REDIS_USAGE_FLUSH_INTERVAL_MS } from './redis-usage.ts';
import { queueUsageTotals, type UsageTotalsBatch } from './redis-usage-totals.ts';
import type { UsageCounters } from './usage-counters.ts';

/** Rows kept for a Redis that does not answer before the oldest are dropped (about a busy hour). */
const MAX_PENDING_ROWS = 100_000;
/** Live-total batches kept for a Redis that does not answer (one a second: about an hour). */
const MAX_PENDING_BATCHES = 3600;

export interface UsageFlusher {
  /** Adds what was counted since the last flush to Redis now. */
  flush(): Promise<void>;
  /** Stops the timer after a last flush. */
  stop(): Promise<void>;
}

export interface FlushUsageOptions {
  minuteUsage: MinuteUsage;
  /** The live per-client totals, shared in Redis too when given (redis-usage-totals.ts). */
  usage?: UsageCounters;
  redis: Redis;
  keyPrefix?: string;
  intervalMs?: number;
  logger?: GatewayLogger;
}

/**
 * Moves the gateway's per-minute counts, and what its live per-client totals gained, into Redis
 * every second in one MULTI, off the request path (requests only add to counters in memory). A
 * flush that fails keeps its rows and numbered total batches for the next one, so a Redis outage
 * delays counts rather than losing them (up to MAX_PENDING_ROWS and MAX_PENDING_BATCHES); a batch
 * Redis applied although its answer was lost is skipped when sent again, by its number.
 */
export function flushUsageToRedis(options: FlushUsageOptions): UsageFlusher {
  const { minuteUsage, usage, redis, keyPrefix = DEFAULT_REDIS_KEY_PREFIX, intervalMs = REDIS_USAGE_FLUSH_INTERVAL_MS, logger = silentLogger } = options;
  let pending: MinuteUsageRow[] = [];
  let pendingBatches: UsageTotalsBatch[] = [];
  let pendingForget: string[] = [];
  let seq = 0;
  let failing = false;
  let running: Promise<void> | undefined;

  const flushOnce = async () => {
    const rows = pending.concat(minuteUsage.drain());
    pending = [];
    if (usage) {
      const clients = usage.takeChanges();
      if (clients.length > 0) pendingBatches.push({ seq: ++seq, clients });
      pendingForget.push(...usage.takeForgotten());
    }
    const batches = pendingBatches;
    const forget = pendingForget;
    pendingForget = [];
    try {
      if (rows.length > 0 || batches.length > 0 || forget.length > 0) {
        const multi = redis.multi();
        if (rows.length > 0) queueUsageRows(multi, keyPrefix, rows);
        if (batches.length > 0 || forget.length > 0) queueUsageTotals(multi, keyPrefix, minuteUsage.instance, batches, forget);
        const results = (await multi.exec()) ?? [];
        // Only the totals script can fail on its own (the HINCRBYs before it were applied): keep
        // its batches, whose numbers make a partly applied resend harmless, and the rows as sent.
        const totalsError = batches.length > 0 || forget.length > 0 ? results.at(-1)?.[0] : null;
        if (totalsError) {
          logger.warn({ err: totalsError.message }, 'Redis refused the live usage totals; keeping them for the next try');
          pendingForget = forget.concat(pendingForget);
          return;
        }
      }
      pendingBatches = [];
      if (failing) logger.info({}, 'usage counts reach Redis again');
      failing = false;
    } catch (err) {
      if (!failing) logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'cannot add usage counts to Redis; keeping them for the next try');
      failing = true;
      const dropped = rows.length - MAX_PENDING_ROWS;
      if (dropped > 0) logger.warn({ dropped }, 'dropped usage counts Redis did not take in time');
      pending = dropped > 0 ? rows.slice(dropped) : rows;
      pendingForget = forget.concat(pendingForget);
      if (pendingBatches.length > MAX_PENDING_BATCHES) {
        logger.warn({ dropped: pendingBatches.length - MAX_PENDING_BATCHES }, 'dropped live usage totals Redis did not take in time');
        pendingBatches = pendingBatches.slice(-MAX_PENDING_BATCHES);
      }
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
