import { Redis } from 'ioredis';
import type { GatewayLogger } from './gateway-logger.ts';

export interface RedisConnectionOptions {
  /** Fails a command Redis has not answered after this long (default 1 s; SharedLimits waits less itself). */
  commandTimeoutMs?: number;
  logger?: GatewayLogger;
}

/**
 * A Redis connection that never queues: a command fails at once while disconnected (no offline
 * queue, no retries) and after `commandTimeoutMs` when Redis hangs; the connection itself keeps
 * reconnecting with backoff (up to 2 s between attempts).
 * Connection errors are logged at debug only: the circuit breakers of the callers report outages.
 */
export function connectRedis(url: string, { commandTimeoutMs = 1000, logger }: RedisConnectionOptions = {}): Redis {
  const redis = new Redis(url, {
    commandTimeout: commandTimeoutMs,
    connectTimeout: 1000,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: (attempt) => Math.min(50 * 2 ** attempt, 2000),
  });
  redis.on('error', (err: Error) => logger?.debug({ err: err.message }, 'Redis connection error'));
  return redis;
}

/** Resolves once the connection is ready, or after `withinMs` (then the callers' fallbacks apply until it is). */
export async function redisReady(redis: Redis, withinMs = 1000): Promise<boolean> {
  if (redis.status === 'ready') return true;
  return new Promise((resolve) => {
    const done = (ready: boolean) => {
      clearTimeout(timer);
      redis.off('ready', onReady);
      resolve(ready);
    };
    const onReady = () => done(true);
    const timer = setTimeout(() => done(false), withinMs);
    redis.once('ready', onReady);
  });
}

/** Prefix of every key Gatehouse writes (limits, usage): several deployments, or tests, can share one Redis. */
export const DEFAULT_REDIS_KEY_PREFIX = 'gatehouse:';
