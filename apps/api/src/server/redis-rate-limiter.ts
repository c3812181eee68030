import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { RateDecision, RateLimit, RateLimitStore } from './graphql-limits-rate.ts';

/**
 * The same token bucket as `RateLimiter`, kept in Redis so that every API replica draws from one
 * bucket per caller: a token's 600 requests a minute hold across replicas. One atomic script per
 * request, timed by Redis's clock so that replicas' clocks do not matter.
 */
const TAKE = `
local capacity = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + (now - at) * per_ms)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / per_ms))
return { allowed, tostring(tokens) }
`;

export class RedisRateLimiter implements RateLimitStore {
  #outageLogged = false;

  constructor(
    private readonly redis: Redis,
    private readonly logger: Logger,
  ) {}

  async take(key: string, limit: RateLimit): Promise<RateDecision> {
    const perMs = limit.requests / (limit.periodSeconds * 1000);
    try {
      const [allowed, tokens] = (await this.redis.eval(TAKE, 1, `graphql-rate:${key}`, limit.requests, perMs)) as [number, string];
      this.#outageLogged = false;
      if (allowed === 1) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - Number(tokens)) / perMs / 1000)) };
    } catch (err) {
      // Rate limits protect capacity; an outage of Redis must not take the whole API down with it.
      if (!this.#outageLogged) this.logger.warn({ err }, 'GraphQL rate limits unavailable (Redis); admitting requests until it is back');
      this.#outageLogged = true;
      return { allowed: true };
    }
  }
}
