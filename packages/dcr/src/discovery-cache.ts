import { discover, discoveryUrl, type DiscoveryDocument } from './discover.ts';
import type { OutboundOptions } from './outbound-json.ts';
import type { IdpResult } from './registration-result.ts';

/** How long a fetched OpenID Provider Configuration is reused. */
export const DISCOVERY_TTL_MS = 5 * 60_000;
/** Configurations kept at most (one per IdP the admins configured; more means churn). */
const MAX_ENTRIES = 64;

/**
 * OpenID Provider Configurations (OpenID Connect Discovery 1.0 section 4) by URL, reused for a
 * few minutes: the document changes when the IdP is reconfigured, not per request, and relying
 * parties are expected to cache it (section 4.1 leaves the retrieval interval to them). Without
 * this, every client registration fetched the issuer's document again beside its RFC 7591 call.
 *
 * Lookups of the same URL at the same time share one request. Only answers are kept: a failure
 * (unreachable, not a configuration) is forgotten, so the next caller asks the IdP again.
 */
export class DiscoveryCache {
  readonly #entries = new Map<string, { fetchedAt: number; result: Promise<IdpResult<DiscoveryDocument>> }>();

  constructor(
    private readonly ttlMs = DISCOVERY_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  discover(issuerOrConfigUrl: string, options?: OutboundOptions): Promise<IdpResult<DiscoveryDocument>> {
    const url = discoveryUrl(issuerOrConfigUrl);
    const cached = this.#entries.get(url);
    if (cached && this.now() - cached.fetchedAt < this.ttlMs) return cached.result;
    if (this.#entries.size >= MAX_ENTRIES) this.#entries.clear();
    const entry = { fetchedAt: this.now(), result: discover(url, options) };
    this.#entries.set(url, entry);
    const forget = () => {
      if (this.#entries.get(url) === entry) this.#entries.delete(url);
    };
    entry.result.then((result) => !result.ok && forget(), forget);
    return entry.result;
  }
}
