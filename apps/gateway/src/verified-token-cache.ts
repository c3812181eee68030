import type { ApiRoute } from './api-definition.ts';
import type { VerifiedCaller } from './verify-access-token.ts';
import { CLOCK_TOLERANCE_SECONDS } from './verify-access-token.ts';

interface Entry {
  caller: VerifiedCaller;
  /** Epoch ms after which the token must go through full verification again. */
  validUntil: number;
}

export interface VerifiedTokenCacheOptions {
  /** How long a verified token is trusted without re-checking its signature (default 30 s). */
  ttlMs?: number;
  /** Entries per API; the oldest is dropped beyond this (default 10 000). */
  maxEntriesPerApi?: number;
}

/**
 * Remembers access tokens that passed full verification for an API. A client reuses its access
 * token until it expires, so this turns one signature check per request into one per token per
 * TTL. Only successes are cached, keyed by the exact token string, and never past the token's
 * `exp` (plus the same clock tolerance jwtVerify applies), so expiry is enforced exactly as
 * without the cache. A key withdrawn from the JWKS stops verifying cached tokens within the TTL
 * once the key set was refetched (remote-key-set.ts). Entries live per route object: changed API
 * definitions produce new routes and so start with an empty cache.
 */
export class VerifiedTokenCache {
  readonly #byRoute = new WeakMap<ApiRoute, Map<string, Entry>>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;

  constructor({ ttlMs = 30_000, maxEntriesPerApi = 10_000 }: VerifiedTokenCacheOptions = {}) {
    this.#ttlMs = ttlMs;
    this.#maxEntries = maxEntriesPerApi;
  }

  get(route: ApiRoute, token: string): VerifiedCaller | undefined {
    const entries = this.#byRoute.get(route);
    const entry = entries?.get(token);
    if (entry === undefined) return undefined;
    if (Date.now() < entry.validUntil) return entry.caller;
    entries!.delete(token);
    return undefined;
  }

  set(route: ApiRoute, token: string, caller: VerifiedCaller): void {
    let entries = this.#byRoute.get(route);
    if (!entries) this.#byRoute.set(route, (entries = new Map()));
    if (entries.size >= this.#maxEntries) {
      // Maps iterate in insertion order: drop the oldest.
      entries.delete(entries.keys().next().value!);
    }
    const exp = caller.claims.exp!; // required by jwtVerify's requiredClaims
    const validUntil = Math.min(Date.now() + this.#ttlMs, (exp + CLOCK_TOLERANCE_SECONDS) * 1000);
    entries.set(token, { caller, validUntil });
  }
}
