import type { ApiRoute } from './api-definition.ts';
import type { RemoteKeySet } from './remote-key-set.ts';
import type { VerifiedCaller } from './verify-access-token.ts';
import { CLOCK_TOLERANCE_SECONDS } from './verify-access-token.ts';

interface Entry {
  /** The whole token: the map key is only its tail (see keyOf). */
  token: string;
  caller: VerifiedCaller;
  /** Epoch ms after which the token must go through full verification again. */
  validUntil: number;
  /** The key set that verified it, and its generation then: a retired key invalidates the entry. */
  keySet: RemoteKeySet;
  generation: number;
}

export interface VerifiedTokenCacheOptions {
  /** How long a verified token is trusted without re-checking its signature (default 5 min). */
  ttlMs?: number;
  /** Entries per API; the oldest is dropped beyond this (default 10 000). */
  maxEntriesPerApi?: number;
}

/**
 * Remembers access tokens that passed full verification for an API (docs/decisions/003). A client
 * reuses its access token until it expires, so this turns one signature check per request into one
 * per token per TTL. Only successes are cached, keyed by the exact token, and never past the
 * token's `exp` (plus the same clock tolerance jwtVerify applies), so expiry is enforced exactly as
 * without the cache.
 *
 * A key the IdP withdraws from its JWKS stops vouching for cached tokens as soon as the gateway's
 * key set has been refetched without it (remote-key-set.ts `generation`); reading the cache keeps
 * that key set refreshed (at most every 5 min) even when every token is cached. That is what lets
 * the TTL be minutes rather than the 30 s of ADR 003 (see docs/decisions/004). Entries live per
 * route object: changed API definitions produce new routes and so start with an empty cache.
 */
export class VerifiedTokenCache {
  readonly #byRoute = new WeakMap<ApiRoute, Map<string, Entry>>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;

  constructor({ ttlMs = 5 * 60_000, maxEntriesPerApi = 10_000 }: VerifiedTokenCacheOptions = {}) {
    this.#ttlMs = ttlMs;
    this.#maxEntries = maxEntriesPerApi;
  }

  get(route: ApiRoute, token: string): VerifiedCaller | undefined {
    const entries = this.#byRoute.get(route);
    if (entries === undefined) return undefined;
    const key = keyOf(token);
    const entry = entries.get(key);
    // Same tail, different token: not this one (and no way to make a token pass by sharing a tail).
    if (entry === undefined || entry.token !== token) return undefined;
    const now = Date.now();
    entry.keySet.refreshIfStale(now);
    if (now < entry.validUntil && entry.keySet.generation === entry.generation) return entry.caller;
    entries.delete(key);
    return undefined;
  }

  set(route: ApiRoute, token: string, caller: VerifiedCaller, keySet: RemoteKeySet): void {
    let entries = this.#byRoute.get(route);
    if (!entries) this.#byRoute.set(route, (entries = new Map()));
    if (entries.size >= this.#maxEntries) {
      // Maps iterate in insertion order: drop the oldest.
      entries.delete(entries.keys().next().value!);
    }
    const exp = caller.claims.exp!; // required by jwtVerify's requiredClaims
    const validUntil = Math.min(Date.now() + this.#ttlMs, (exp + CLOCK_TOLERANCE_SECONDS) * 1000);
    entries.set(keyOf(token), { token, caller, validUntil, keySet, generation: keySet.generation });
  }
}

/**
 * The map key: the token's last characters, which are its signature's (RS256: 342 characters of
 * an unpredictable value). Hashing a fresh 800-character header string on every request costs more
 * than comparing it once with the entry's token, which is what makes the lookup exact.
 */
const KEY_LENGTH = 32;

function keyOf(token: string): string {
  return token.length <= KEY_LENGTH ? token : token.slice(-KEY_LENGTH);
}
