import type { PortalSnapshot } from './portal-snapshot.ts';

/** What the limits remember about one client under one policy. */
export interface LimitState {
  /** Rate limit (GCRA): the theoretical arrival time of the next request at the allowed pace (ClientLimits clock). */
  tat: number;
  /** The rate `tat` was computed for: when an admin changes it, the rate limit starts over. */
  rateRequests: number;
  ratePeriodMs: number;
  /** Quota: when the current quota period started (ClientLimits clock). */
  quotaPeriodStart: number;
  /** Quota: requests admitted in the current period. */
  quotaUsed: number;
}

/**
 * Rate limit and quota counters, per portal client and policy: a client whose catalogue entries
 * have different policies is counted separately under each. Kept in memory, so they restart with
 * the gateway and each gateway instance counts on its own (see docs/decisions/004-...).
 * Memory is bounded by the clients in the portal: state exists only for clients that passed
 * authorisation, and `retainClients` drops the state of clients the portal no longer has.
 */
export class ClientLimits {
  readonly #byClient = new Map<string, Map<string, LimitState>>();
  /**
   * Times in LimitState are milliseconds since this instant, not since 1970: a double near 1.9e12
   * cannot hold the microsecond steps a high rate limit adds (its spacing there is 0.24 µs).
   */
  readonly #epoch = Date.now();

  /** Milliseconds on the limits' own clock (see #epoch). */
  now(): number {
    return Date.now() - this.#epoch;
  }

  stateFor(clientId: string, policyId: string): LimitState {
    let byPolicy = this.#byClient.get(clientId);
    if (byPolicy === undefined) this.#byClient.set(clientId, (byPolicy = new Map()));
    let state = byPolicy.get(policyId);
    if (state === undefined) byPolicy.set(policyId, (state = { tat: -Infinity, rateRequests: 0, ratePeriodMs: 0, quotaPeriodStart: -Infinity, quotaUsed: 0 }));
    return state;
  }

  /** Forgets clients that are not in the snapshot (deleted in the portal). */
  retainClients(snapshot: PortalSnapshot): void {
    for (const clientId of this.#byClient.keys()) if (!snapshot.clientsById.has(clientId)) this.#byClient.delete(clientId);
  }

  /** Number of clients with state. */
  get size(): number {
    return this.#byClient.size;
  }
}
