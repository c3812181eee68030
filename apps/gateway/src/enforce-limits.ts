import type { ClientLimits } from './client-limits.ts';
import { tooManyRequests, type GatewayResponse } from './gateway-responses.ts';
import type { PolicyRule } from './portal-snapshot.ts';
import type { GatewayExchange, RequestStep } from './request-step.ts';

/** Response header fields that report the limits to the client (the de facto X-RateLimit-* set, as Tyk sends). */
export const LIMIT_HEADERS = {
  rateLimit: 'X-RateLimit-Limit',
  rateLimitRemaining: 'X-RateLimit-Remaining',
  rateLimitReset: 'X-RateLimit-Reset',
  quotaLimit: 'X-Quota-Limit',
  quotaRemaining: 'X-Quota-Remaining',
  quotaReset: 'X-Quota-Reset',
} as const;

/**
 * The step after authorisation: the policy's rate limit, then its quota. A request refused by
 * either is not counted against the other. Both are checked before either is charged.
 *
 * Rate limit: GCRA (the generic cell rate algorithm, a token bucket kept as one timestamp):
 * "N requests per P" allows a burst of N, then one request every P/N; no timers, no per-request
 * allocation. Quota: a fixed period that starts with the first request after the previous period
 * ended, as Tyk renews quotas. A changed quota maximum applies to the current period's count.
 */
export function enforceLimits(limits: ClientLimits): RequestStep {
  return (exchange) => {
    const { rateLimit, quota } = exchange.policy!;
    if (rateLimit === null && quota === null) return undefined;
    const state = limits.stateFor(exchange.client!.id, exchange.policy!.id);
    const now = limits.now();

    let nextTat = 0;
    if (rateLimit !== null) {
      const { requests, periodMs } = rateLimit;
      if (state.rateRequests !== requests || state.ratePeriodMs !== periodMs) {
        // A new rate (an admin edited the policy): a full bucket, as if the client had been idle.
        state.tat = -Infinity;
        state.rateRequests = requests;
        state.ratePeriodMs = periodMs;
      }
      const interval = requests > 0 ? periodMs / requests : Infinity;
      nextTat = Math.max(state.tat, now) + interval;
      const waitMs = nextTat - now - periodMs;
      // P/N is rarely exact in binary: a microsecond of slack keeps the N-th request of a burst in.
      if (waitMs > EPSILON_MS) return rateLimitRefusal(rateLimit, waitMs);
    }
    if (quota !== null) {
      if (now >= state.quotaPeriodStart + quota.renewalMs) {
        state.quotaPeriodStart = now;
        state.quotaUsed = 0;
      }
      if (state.quotaUsed >= quota.max) return quotaRefusal(quota, state.quotaPeriodStart + quota.renewalMs - now);
    }

    if (rateLimit !== null) {
      state.tat = nextTat;
      reportRateLimit(exchange, rateLimit, nextTat - now);
    }
    if (quota !== null) {
      state.quotaUsed++;
      reportQuota(exchange, quota, state.quotaUsed, state.quotaPeriodStart + quota.renewalMs - now);
    }
    return undefined;
  };
}

/** Slack for the GCRA check: P/N is rarely exact in binary (the Redis script uses the same). */
export const EPSILON_MS = 0.001;

type RateLimit = NonNullable<PolicyRule['rateLimit']>;
type Quota = NonNullable<PolicyRule['quota']>;

/** The 429 of a rate limit the next request would exceed by `waitMs`. */
export function rateLimitRefusal({ requests, periodMs }: RateLimit, waitMs: number): GatewayResponse {
  const retryAfter = requests > 0 ? seconds(waitMs) : seconds(periodMs);
  return tooManyRequests('rate_limit_exceeded', retryAfter, [
    LIMIT_HEADERS.rateLimit, String(requests),
    LIMIT_HEADERS.rateLimitRemaining, '0',
    LIMIT_HEADERS.rateLimitReset, String(retryAfter),
  ]);
}

/** The 429 of a used-up quota that renews in `renewsInMs`. */
export function quotaRefusal({ max }: Quota, renewsInMs: number): GatewayResponse {
  const renewsIn = seconds(renewsInMs);
  return tooManyRequests('quota_exceeded', renewsIn, [
    LIMIT_HEADERS.quotaLimit, String(max),
    LIMIT_HEADERS.quotaRemaining, '0',
    LIMIT_HEADERS.quotaReset, String(renewsIn),
  ]);
}

/** Header values of an admitted request; `untilTatMs`: how far the bucket's arrival time now is ahead. */
export function reportRateLimit(exchange: GatewayExchange, { requests, periodMs }: RateLimit, untilTatMs: number): void {
  exchange.rateLimit = requests;
  // Whole requests that still fit now; the tiny bias absorbs P/N's rounding, the clamp huge rates.
  exchange.rateLimitRemaining = Math.min(requests, Math.max(0, Math.floor((periodMs - untilTatMs) / (periodMs / requests) + 1e-9)));
  exchange.rateLimitReset = seconds(untilTatMs);
}

export function reportQuota(exchange: GatewayExchange, { max }: Quota, used: number, renewsInMs: number): void {
  exchange.quotaLimit = max;
  exchange.quotaRemaining = max - used;
  exchange.quotaReset = seconds(renewsInMs);
}

/** Whole seconds, rounded up and at least 1: a client told to wait 0 s would retry at once. */
function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
