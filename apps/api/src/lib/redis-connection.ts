import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/**
 * Longest wait for one Redis command: a dead or partitioned Redis fails the request that needs
 * it within this time, with an error, instead of holding it until the socket gives up.
 */
export const REDIS_COMMAND_TIMEOUT_MS = 1000;
/** Longest wait for a connection, at start and at each reconnect. */
const CONNECT_TIMEOUT_MS = 2000;
/** Reconnects back off to this interval while Redis is away. */
const MAX_RECONNECT_DELAY_MS = 2000;

/** Where a Redis URL points, without its credentials: what logs and messages may show. */
export function redisAddress(url: string): string {
  const { protocol, host, pathname } = new URL(url);
  return `${protocol}//${host}${pathname === '/' ? '' : pathname}`;
}

/**
 * The API's one connection to the Redis shared by its replicas (REDIS_URL, checked by
 * @gatehouse/config). Commands time out after REDIS_COMMAND_TIMEOUT_MS and are retried at most
 * once across a reconnect; the connection itself comes back on its own when Redis does. An
 * outage is logged once when it starts and once when it ends, not per failed attempt.
 * `keyPrefix` namespaces every key (tests use one per test).
 */
export function connectRedis(url: string, logger: Logger, options: { keyPrefix?: string } = {}): Redis {
  const address = redisAddress(url);
  const redis = new Redis(url, {
    keyPrefix: options.keyPrefix ?? 'gatehouse:',
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    connectTimeout: CONNECT_TIMEOUT_MS,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 200, MAX_RECONNECT_DELAY_MS),
  });
  let down = false;
  redis.on('error', (err: Error) => {
    if (down) return;
    down = true;
    logger.warn({ redis: address, err: err.message }, 'Redis (REDIS_URL) does not answer; what the API replicas share there fails until it is back');
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info({ redis: address }, 'Redis (REDIS_URL) answers again');
  });
  return redis;
}

/** Closes the connection on shutdown: pending commands finish first, nothing reconnects. */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status === 'end') return;
  const ended = new Promise((resolve) => redis.once('end', resolve));
  await redis.quit().catch(() => redis.disconnect());
  await ended;
}
