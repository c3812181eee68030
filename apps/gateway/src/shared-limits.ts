import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { DEFAULT_REDIS_KEY_PREFIX } from './connect-redis.ts';
import { EPSILON_MS } from './enforce-limits.ts';
import { CircuitBreaker, type BreakerState, type CircuitBreakerOptions } from './circuit-breaker.ts';
import { silentLogger, type GatewayLogger } from './gateway-logger.ts';
import type { PolicyRule } from './portal-snapshot.ts';

/**
 * What a request under a policy with limits gets while Redis cannot be reached:
 * - `open`: admitted under limits counted in this gateway's memory (as without Redis), so each
 *   gateway admits up to the policy's limit on its own until Redis is back;
 * - `closed`: refused with 503 `limits_unavailable`.
 */
export type LimitsFailMode = 'open' | 'closed';

export const DEFAULT_LIMITS_FAIL_MODE: LimitsFailMode = 'open';

/**
 * The rate limit (GCRA) and quota of enforce-limits.ts as one Lua script, so that checking and
 * charging both is one atomic step in Redis (scripts run alone) and one round trip per request.
 * Time is Redis's TIME, not the gateway's: gateways on several hosts share one clock. Times are
 * milliseconds since 2025-01-01, small enough for a double to keep sub-microsecond steps.
 *
 * KEYS[1]: the client's state under the policy (a hash: tat, rate, qstart, qused).
 * ARGV: rate requests, rate period ms (0: no rate limit), quota max, quota renewal ms (0: no quota).
 * Returns {'rate', waitMs} or {'quota', renewsInMs} when refused (nothing charged), else
 * {'ok', untilTatMs, quotaUsed, quotaRenewsInMs}.
 */
const TAKE_LIMITS_LUA = `
local time = redis.call('TIME')
local now = (tonumber(time[1]) - 1735689600) * 1000 + tonumber(time[2]) / 1000
local requests, periodMs = tonumber(ARGV[1]), tonumber(ARGV[2])
local quotaMax, renewalMs = tonumber(ARGV[3]), tonumber(ARGV[4])
local rate = ARGV[1] .. '/' .. ARGV[2]
local state = redis.call('HMGET', KEYS[1], 'tat', 'rate', 'qstart', 'qused')
local tat = nil
if periodMs > 0 then
  local previous = tonumber(state[1])
  -- A new rate (an admin edited the policy): a full bucket, as if the client had been idle.
  if state[2] ~= rate or previous == nil then previous = now end
  tat = math.max(previous, now) + periodMs / requests
  local wait = tat - now - periodMs
  if wait > ${EPSILON_MS} then return {'rate', tostring(wait)} end
end
local qstart, qused = tonumber(state[3]), tonumber(state[4]) or 0
local ttl = 0
if renewalMs > 0 then
  if qstart == nil or now >= qstart + renewalMs then qstart, qused = now, 0 end
  if qused >= quotaMax then return {'quota', tostring(qstart + renewalMs - now)} end
  qused = qused + 1
  redis.call('HSET', KEYS[1], 'qstart', string.format('%.17g', qstart), 'qused', qused)
  ttl = qstart + renewalMs - now
end
if tat then
  redis.call('HSET', KEYS[1], 'tat', string.format('%.17g', tat), 'rate', rate)
  ttl = math.max(ttl, tat - now)
end
redis.call('PEXPIRE', KEYS[1], math.ceil(ttl) + 1000)
return {'ok', tostring(tat and (tat - now) or 0), tostring(qused), tostring(renewalMs > 0 and (qstart + renewalMs - now) or 0)}
`;

const TAKE_LIMITS_SHA = createHash('sha1').update(TAKE_LIMITS_LUA).digest('hex');

/** The script's answer: ['rate', waitMs] | ['quota', renewsInMs] | ['ok', untilTatMs, quotaUsed, quotaRenewsInMs]. */
export type TakeLimitsReply = [outcome: 'rate' | 'quota' | 'ok', ...values: string[]];

export interface SharedLimitsOptions {
  /** A connection from connectRedis(), used for limits only (its commands are what a request waits for). */
  redis: Redis;
  /** How long a request waits for Redis before its fail mode applies (default 100 ms). */
  timeoutMs?: number;
  /** Prefix of every key (DEFAULT_REDIS_KEY_PREFIX). */
  keyPrefix?: string;
  failMode?: LimitsFailMode;
  breaker?: Omit<CircuitBreakerOptions, 'onChange'>;
  logger?: GatewayLogger;
}

/** Health of the limits store, for GET /healthz. */
export interface SharedLimitsHealth extends BreakerState {
  store: 'redis';
  failMode: LimitsFailMode;
}

/**
 * Rate limits and quotas counted in Redis, shared by every gateway that uses the same Redis and
 * key prefix. Each client's state under a policy is one hash that expires once it no longer
 * matters (the bucket refilled and the quota period ended), so Redis holds only active clients.
 */
export class SharedLimits {
  readonly failMode: LimitsFailMode;
  readonly breaker: CircuitBreaker;
  readonly #redis: Redis;
  readonly #keyPrefix: string;
  readonly #timeoutMs: number;

  constructor({ redis, timeoutMs = DEFAULT_LIMITS_TIMEOUT_MS, keyPrefix = DEFAULT_REDIS_KEY_PREFIX, failMode = DEFAULT_LIMITS_FAIL_MODE, breaker, logger = silentLogger }: SharedLimitsOptions) {
    this.#redis = redis;
    this.#keyPrefix = `${keyPrefix}limits:`;
    this.#timeoutMs = timeoutMs;
    this.failMode = failMode;
    const meanwhile =
      failMode === 'open'
        ? 'counting limits in this gateway only (refusing with 503 under policies set to refuse)'
        : 'refusing requests under policies with limits (503; counting in this gateway only under policies set to allow)';
    this.breaker = new CircuitBreaker({
      ...breaker,
      onChange: (available, err) =>
        available
          ? logger.info({}, 'Redis reachable again: limits are shared by every gateway again')
          : logger.warn({ err: err instanceof Error ? err.message : String(err), failMode }, `Redis unreachable: ${meanwhile} until it is back`),
    });
    // A lost connection opens the breaker at once (no request waits to find out); once it is ready
    // again the script is loaded, so the first request is one round trip too, and limits are shared again.
    redis.on('close', () => this.breaker.open(new Error('connection to Redis lost')));
    redis.on('ready', () => {
      redis.script('LOAD', TAKE_LIMITS_LUA).then(() => this.breaker.succeeded(), () => {});
    });
  }

  /** Checks and, when both admit, charges the policy's rate limit and quota for the client: one EVALSHA. */
  take(clientId: string, policy: PolicyRule): Promise<TakeLimitsReply> {
    return settleWithin(this.#evaluate(clientId, policy), this.#timeoutMs);
  }

  async #evaluate(clientId: string, { id, rateLimit, quota }: PolicyRule): Promise<TakeLimitsReply> {
    const args = [
      rateLimit?.requests ?? 0, rateLimit?.periodMs ?? 0,
      quota?.max ?? 0, quota?.renewalMs ?? 0,
    ];
    const key = `${this.#keyPrefix}${id}:${clientId}`;
    try {
      return (await this.#redis.evalsha(TAKE_LIMITS_SHA, 1, key, ...args)) as TakeLimitsReply;
    } catch (err) {
      // Redis restarted (it keeps no scripts): EVAL sends the script and loads it again.
      if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
      return (await this.#redis.eval(TAKE_LIMITS_LUA, 1, key, ...args)) as TakeLimitsReply;
    }
  }

  health(): SharedLimitsHealth {
    return { store: 'redis', failMode: this.failMode, ...this.breaker.state };
  }
}

export const DEFAULT_LIMITS_TIMEOUT_MS = 100;

/**
 * Rejects when `promise` has not settled `ms` after the call. Not ioredis's commandTimeout: its
 * timer fires in the event loop's timers phase, before the poll phase reads a reply that arrived
 * while the loop was busy (verifying tokens, say), so a busy gateway timed out answers Redis had
 * given in time. Deferring the verdict with setImmediate lets that poll phase run first.
 */
function settleWithin<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => setImmediate(() => settled || reject(new Error(`Redis did not answer within ${ms} ms`))), ms);
    promise.then(
      (value) => {
        settled = true;
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        settled = true;
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}
