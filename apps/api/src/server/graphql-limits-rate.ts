/**
 * Per-caller rate limit (per API token, per signed-in user, per IP address for anonymous
 * callers), as token buckets: each caller may burst `requests` and then gets `requests` per
 * `periodSeconds`. The buckets live behind `RateLimitStore`; `RateLimiter` keeps them in memory,
 * which suits one API process (a restart forgives all).
 */
export interface RateLimit {
  requests: number;
  periodSeconds: number;
}

export interface RateLimits {
  /** Per API token. */
  token: RateLimit;
  /** Per browser session (the SPA makes several requests per page). */
  session: RateLimit;
  /** Per IP address, for callers without a token or session (sign-in, sign-up, the public catalogue). */
  anonymous: RateLimit;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  token: { requests: 600, periodSeconds: 60 },
  session: { requests: 1200, periodSeconds: 60 },
  anonymous: { requests: 300, periodSeconds: 60 },
};

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Where the counters live: one `take` per request, keyed by caller. */
export interface RateLimitStore {
  take(key: string, limit: RateLimit): RateDecision | Promise<RateDecision>;
}

interface Bucket {
  tokens: number;
  updatedMs: number;
  capacity: number;
  perMs: number;
}

/** Buckets that refilled completely are forgotten, so memory stays bounded by active callers. */
const SWEEP_EVERY = 1000;

export class RateLimiter implements RateLimitStore {
  private readonly buckets = new Map<string, Bucket>();
  private takes = 0;

  constructor(private readonly now: () => number = Date.now) {}

  take(key: string, limit: RateLimit): RateDecision {
    const nowMs = this.now();
    const perMs = limit.requests / (limit.periodSeconds * 1000);
    const bucket = this.buckets.get(key) ?? { tokens: limit.requests, updatedMs: nowMs, capacity: limit.requests, perMs };
    bucket.tokens = Math.min(limit.requests, bucket.tokens + (nowMs - bucket.updatedMs) * perMs);
    bucket.updatedMs = nowMs;
    this.buckets.set(key, bucket);
    if (++this.takes % SWEEP_EVERY === 0) this.sweep(nowMs);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
  }

  private sweep(nowMs: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (nowMs - bucket.updatedMs) * bucket.perMs >= bucket.capacity) this.buckets.delete(key);
    }
  }
}
