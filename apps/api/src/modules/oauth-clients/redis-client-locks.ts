import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { InProcessClientLocks, type ClientLocks } from './client-locks.ts';

/** Deletes the lock only if it still holds this holder's token (it may have expired and been taken). */
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0`;
/** Extends the lock only if it is still this holder's. */
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end return 0`;

export interface LockTimings {
  /** How long a lock lives without renewal: a replica that dies holding one frees it after this. */
  ttlMs: number;
  /** How long an operation waits for another replica's lock before giving up. */
  waitMs: number;
  /** Pause between two attempts to take a held lock. */
  retryMs: number;
}

/** Renewed every 5 s while the operation runs; the wait covers a few IdP calls of up to 10 s each. */
export const DEFAULT_LOCK_TIMINGS: LockTimings = { ttlMs: 15_000, waitMs: 30_000, retryMs: 50 };

/** Another replica kept the client's lock for longer than an operation waits. */
export class ClientBusyError extends Error {
  constructor(clientId: string, waitedMs: number) {
    super(`Another change to OAuth client ${clientId} was still in progress after ${waitedMs / 1000} s (on this or another API replica); try again in a moment.`);
    this.name = 'ClientBusyError';
  }
}

/**
 * Client locks across API replicas, in the Redis they share (REDIS_URL): SET NX PX with a random
 * token per holder, renewed while the operation runs, and released by a compare-and-delete
 * script, so a holder whose lock expired cannot free someone else's. One Redis, not Redlock's
 * several independent masters; the redlock package's last release (4.2.0) predates ioredis 5.
 * Operations of this replica queue in memory first, so they do not poll Redis for each other.
 *
 * When Redis does not answer, taking the lock fails within the connection's command timeout and
 * the operation is not run: a change that could race the IdP's token rotation is refused rather
 * than risked.
 */
export class RedisClientLocks implements ClientLocks {
  readonly #local = new InProcessClientLocks();

  constructor(
    private readonly redis: Redis,
    private readonly timings: LockTimings = DEFAULT_LOCK_TIMINGS,
  ) {}

  run<T>(clientId: string, operation: () => Promise<T>): Promise<T> {
    return this.#local.run(clientId, () => this.#holding(clientId, operation));
  }

  async #holding<T>(clientId: string, operation: () => Promise<T>): Promise<T> {
    const key = `client-lock:${clientId}`;
    const token = randomBytes(16).toString('base64url');
    await this.#acquire(clientId, key, token);
    const { ttlMs } = this.timings;
    // A failed renewal is retried at the next tick; the lock only lapses after a whole ttl.
    const renewal = setInterval(() => void this.redis.eval(RENEW, 1, key, token, ttlMs).catch(() => undefined), Math.max(1, Math.floor(ttlMs / 3)));
    try {
      return await operation();
    } finally {
      clearInterval(renewal);
      // If this fails, the lock expires on its own within ttlMs.
      await this.redis.eval(RELEASE, 1, key, token).catch(() => undefined);
    }
  }

  async #acquire(clientId: string, key: string, token: string): Promise<void> {
    const { ttlMs, waitMs, retryMs } = this.timings;
    const deadline = Date.now() + waitMs;
    while ((await this.redis.set(key, token, 'PX', ttlMs, 'NX')) !== 'OK') {
      if (Date.now() >= deadline) throw new ClientBusyError(clientId, waitMs);
      // Jitter, so that replicas waiting for one lock do not retry in step.
      await new Promise((resolve) => setTimeout(resolve, retryMs / 2 + Math.random() * retryMs));
    }
  }
}
