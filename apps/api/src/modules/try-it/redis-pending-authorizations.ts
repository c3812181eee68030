import type { Redis } from 'ioredis';
import { MAX_PER_VIEWER, newState, PENDING_TTL_MS, type PendingAuthorization, type PendingAuthorizations } from './pending-authorizations.ts';

/**
 * Stores the entry under its state with the TTL, and indexes it in the developer's sorted set
 * (score: when it was added), dropping the developer's oldest beyond the bound first. One script,
 * so that concurrent starts on several replicas cannot exceed the bound.
 * KEYS: entry, the developer's index. ARGV: state, entry JSON, ttl ms, now ms, bound, entry key prefix.
 */
const ADD = `
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', tonumber(ARGV[4]) - tonumber(ARGV[3]))
local excess = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[5]) + 1
if excess > 0 then
  for _, state in ipairs(redis.call('ZRANGE', KEYS[2], 0, excess - 1)) do redis.call('DEL', ARGV[6] .. state) end
  redis.call('ZREMRANGEBYRANK', KEYS[2], 0, excess - 1)
end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
-- Scores must order the developer's requests even when two start in one millisecond: a tie
-- would be broken by the random state, and the bound would then drop a newer one.
local score = tonumber(ARGV[4])
local newest = redis.call('ZRANGE', KEYS[2], -1, -1, 'WITHSCORES')[2]
if newest and tonumber(newest) >= score then score = tonumber(newest) + 1 end
redis.call('ZADD', KEYS[2], score, ARGV[1])
redis.call('PEXPIRE', KEYS[2], ARGV[3])
return 1`;

/**
 * Returns and deletes the entry if it is this developer's; another developer's is left alone, so
 * that guessing a state cannot spend it. Atomic: of two replicas taking one state, one gets it.
 * KEYS: entry, the developer's index. ARGV: viewer id, state.
 */
const TAKE = `
local value = redis.call('GET', KEYS[1])
if not value or cjson.decode(value).viewerId ~= ARGV[1] then return false end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[2])
return value`;

/**
 * Pending authorizations in the Redis the API replicas share (REDIS_URL): the developer may be
 * sent back by the IdP to any replica. Redis expires entries after ten minutes (no total bound
 * is needed beyond the per-developer one). The code verifier is kept there as it is in memory:
 * for at most ten minutes and for one use.
 */
export class RedisPendingAuthorizations implements PendingAuthorizations {
  constructor(
    private readonly redis: Redis,
    private readonly ttlMs = PENDING_TTL_MS,
  ) {}

  async add(entry: Omit<PendingAuthorization, 'expiresAt'>): Promise<{ state: string; expiresAt: number }> {
    const state = newState();
    const now = Date.now();
    const expiresAt = now + this.ttlMs;
    const value = JSON.stringify({ ...entry, expiresAt } satisfies PendingAuthorization);
    // Keys inside the script are not prefixed by ioredis: give it the prefixed entry key prefix.
    const entryPrefix = `${this.redis.options.keyPrefix ?? ''}${ENTRY}`;
    await this.redis.eval(ADD, 2, ENTRY + state, byViewer(entry.viewerId), state, value, this.ttlMs, now, MAX_PER_VIEWER, entryPrefix);
    return { state, expiresAt };
  }

  async take(state: string, viewerId: string): Promise<PendingAuthorization | null> {
    const value = (await this.redis.eval(TAKE, 2, ENTRY + state, byViewer(viewerId), viewerId, state)) as string | null;
    return value ? (JSON.parse(value) as PendingAuthorization) : null;
  }
}

const ENTRY = 'pending-authorization:';
const byViewer = (viewerId: string) => `pending-authorizations-of:${viewerId}`;
