import type { ReadinessCheck } from '@gatehouse/telemetry';
import type { Redis } from 'ioredis';
import type { LimitsFailMode } from './shared-limits.ts';

/**
 * Redis for GET /readyz. With GATEWAY_LIMITS_FAIL_MODE=open a gateway without Redis still serves
 * (it counts limits in its own memory meanwhile), so it stays ready and says why; with "closed" it
 * refuses every request under limits, so a load balancer should send them elsewhere.
 */
export function redisReadiness(redis: Redis, failMode: LimitsFailMode): ReadinessCheck {
  return {
    name: 'redis',
    async check() {
      try {
        await redis.ping();
        return { ok: true };
      } catch (err) {
        const why = err instanceof Error ? err.message : 'no answer';
        return failMode === 'open'
          ? { ok: true, detail: `unreachable (${why}); limits are counted in this gateway's memory meanwhile` }
          : { ok: false, detail: `unreachable (${why}); requests under limits are refused` };
      }
    },
  };
}
