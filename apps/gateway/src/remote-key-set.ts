import { createLocalJWKSet, errors, type JWTVerifyGetKey } from 'jose';

export interface RemoteKeySetOptions {
  /** Abort a JWKS fetch after this long (default 2 s): a slow IdP must not hold requests. */
  timeoutMs?: number;
  /**
   * After a successful fetch, a token with an unknown `kid` makes the gateway refetch only once
   * this has passed (default 5 s). A flood of random kids thus costs the IdP at most one fetch
   * per cooldown, while a key the IdP rotates in is picked up by the first token that uses it.
   */
  cooldownMs?: number;
  /** After a failed fetch, no new attempt for this long (default 1 s), whatever asks for one. */
  failureBackoffMs?: number;
  /** Keys older than this are refreshed in the background while still in use (default 5 min). */
  maxAgeMs?: number;
  /** Called when a fetch fails; the keys fetched before stay in use. */
  onFetchFailed?: (err: unknown) => void;
  /** Called after every fetch with its outcome (the gateway's metrics count them). */
  onFetched?: (ok: boolean) => void;
}

/** The issuer's keys could not be fetched (down, timeout, not a JWKS): the token was not judged. */
export class KeysUnavailableError extends Error {
  override name = 'KeysUnavailableError';
}

const NEVER = -Infinity;

/**
 * The JWKS of one issuer, fetched from its URI and cached. Unlike jose's createRemoteJWKSet it
 * keeps using the last keys it fetched while the JWKS endpoint is down, however long that lasts
 * (stale-if-error): tokens signed with a known key keep working, tokens with an unknown `kid`
 * fail closed. Fetches never overlap: requests that need one while it runs wait for it.
 *
 * Key selection (kid, alg, kty, use) is jose's createLocalJWKSet, applied to the fetched set.
 * Time comes from Date.now(), so tests with a frozen clock control the cooldowns.
 */
export class RemoteKeySet {
  readonly #url: string;
  readonly #timeoutMs: number;
  readonly #cooldownMs: number;
  readonly #failureBackoffMs: number;
  readonly #maxAgeMs: number;
  readonly #onFetchFailed: (err: unknown) => void;
  readonly #onFetched: ((ok: boolean) => void) | undefined;
  #keys: JWTVerifyGetKey | undefined;
  #fetchedAt = NEVER;
  #failedAt = NEVER;
  #pending: Promise<boolean> | undefined;
  /** Identity (kid, or the whole JWK without one) of each key of the current set. */
  #keyIds: ReadonlySet<string> = new Set();
  #generation = 0;

  constructor(url: string, options: RemoteKeySetOptions = {}) {
    this.#url = url;
    this.#timeoutMs = options.timeoutMs ?? 2000;
    this.#cooldownMs = options.cooldownMs ?? 5000;
    this.#failureBackoffMs = options.failureBackoffMs ?? 1000;
    this.#maxAgeMs = options.maxAgeMs ?? 5 * 60_000;
    this.#onFetchFailed = options.onFetchFailed ?? (() => {});
    this.#onFetched = options.onFetched;
  }

  /**
   * Goes up whenever a fetch drops a key the set had (the IdP retired it): tokens verified before
   * may rest on that key, so verified-token-cache.ts checks them again.
   */
  get generation(): number {
    return this.#generation;
  }

  /** Starts a background refresh when the keys are older than the max age; cheap when they are not. */
  refreshIfStale(now: number): void {
    if (now - this.#fetchedAt >= this.#maxAgeMs) void this.#fetchIfAllowed(now, this.#maxAgeMs);
  }

  /** The key getter for jwtVerify. */
  readonly getKey: JWTVerifyGetKey = async (header, token) => {
    const now = Date.now();
    if (this.#keys === undefined) {
      if (!(await this.#fetchIfAllowed(now, 0))) throw new KeysUnavailableError('no JWKS fetched yet');
    } else {
      // Refresh in the background when stale; this request goes on with the keys at hand.
      this.refreshIfStale(now);
    }
    try {
      return await this.#keys!(header, token);
    } catch (err) {
      if (!(err instanceof errors.JWKSNoMatchingKey)) throw err;
      // An unknown kid: maybe a key the IdP just rotated in.
      if (await this.#fetchIfAllowed(now, this.#cooldownMs)) return this.#keys!(header, token);
      // While the JWKS cannot be fetched, an unknown kid is "cannot verify now", not "invalid".
      if (this.#failedAt > this.#fetchedAt) throw new KeysUnavailableError('JWKS unavailable', { cause: err });
      throw err;
    }
  };

  /**
   * Joins the fetch in progress, or starts one when the last success is at least `minAgeMs` old and
   * the last failure is past the backoff. Resolves whether fresh keys arrived.
   */
  #fetchIfAllowed(now: number, minAgeMs: number): Promise<boolean> {
    if (this.#pending) return this.#pending;
    if (now - this.#fetchedAt < minAgeMs || now - this.#failedAt < this.#failureBackoffMs) return Promise.resolve(false);
    this.#pending = this.#fetch()
      .then((ok) => (this.#onFetched?.(ok), ok))
      .finally(() => (this.#pending = undefined));
    return this.#pending;
  }

  async #fetch(): Promise<boolean> {
    try {
      const response = await fetch(this.#url, {
        // A JWKS URI is configured by an admin; a redirect elsewhere is not followed.
        redirect: 'manual',
        signal: AbortSignal.timeout(this.#timeoutMs),
        headers: { accept: 'application/jwk-set+json, application/json' },
      });
      if (response.status !== 200) throw new Error(`JWKS endpoint answered ${response.status}`);
      const jwks = JSON.parse(await readCapped(response, MAX_JWKS_BYTES)) as { keys?: unknown };
      // Throws JWKSInvalid unless the body is a JWK Set (RFC 7517 section 5).
      this.#keys = createLocalJWKSet(jwks as Parameters<typeof createLocalJWKSet>[0]);
      const keyIds = new Set((jwks.keys as { kid?: unknown }[]).map((key) => (typeof key.kid === 'string' ? key.kid : JSON.stringify(key))));
      for (const id of this.#keyIds) {
        if (!keyIds.has(id)) {
          this.#generation++;
          break;
        }
      }
      this.#keyIds = keyIds;
      this.#fetchedAt = Date.now();
      return true;
    } catch (err) {
      this.#failedAt = Date.now();
      this.#onFetchFailed(err);
      return false;
    }
  }
}

/**
 * A JWK Set of a few keys is a few KB; an IdP that answers megabytes is broken or hostile, and the
 * gateway must not hold it in memory (issue 7: outbound answers size-capped).
 */
export const MAX_JWKS_BYTES = 256 * 1024;

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    // Throwing out of the loop cancels the stream: the rest is never read.
    if (size > maxBytes) throw new Error(`JWKS answer is over the ${maxBytes}-byte cap`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
