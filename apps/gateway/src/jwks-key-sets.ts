import { errors, type JWTVerifyGetKey } from 'jose';
import { KeysUnavailableError, RemoteKeySet, type RemoteKeySetOptions } from './remote-key-set.ts';

export type JwksOptions = Omit<RemoteKeySetOptions, 'onFetchFailed'>;

/**
 * Answers that come from matching the token's header against a fetched key set: they are about the
 * token (unknown kid, wrong alg for the key), not about the IdP being unreachable.
 */
const KEY_SELECTION_ERRORS = new Set<string>([
  errors.JWKSNoMatchingKey.code,
  errors.JWKSMultipleMatchingKeys.code,
  errors.JOSENotSupported.code,
  errors.JWKInvalid.code,
]);

/**
 * One remote key set per JWKS URI, shared by every API that uses it and kept across definition
 * refreshes, so cached keys, refetch-on-unknown-kid and its cooldown survive admin edits.
 */
export class JwksKeySets {
  readonly #sets = new Map<string, { keySet: RemoteKeySet; getKey: JWTVerifyGetKey }>();
  readonly #options: JwksOptions;
  readonly #onFetchFailed: ((jwksUri: string, err: unknown) => void) | undefined;

  /** `onFetchFailed` hears of every failed fetch (to log it); the keys fetched before stay in use. */
  constructor(options: JwksOptions = {}, onFetchFailed?: (jwksUri: string, err: unknown) => void) {
    this.#options = options;
    this.#onFetchFailed = onFetchFailed;
  }

  /** The key getter for jwtVerify. */
  get(jwksUri: string): JWTVerifyGetKey {
    return this.#entry(jwksUri).getKey;
  }

  /** The key set itself, for what depends on it staying the same (verified-token-cache.ts). */
  keySet(jwksUri: string): RemoteKeySet {
    return this.#entry(jwksUri).keySet;
  }

  #entry(jwksUri: string): { keySet: RemoteKeySet; getKey: JWTVerifyGetKey } {
    let entry = this.#sets.get(jwksUri);
    if (!entry) {
      const onFetchFailed = this.#onFetchFailed;
      const keySet = new RemoteKeySet(jwksUri, { ...this.#options, onFetchFailed: (err) => onFetchFailed?.(jwksUri, err) });
      const getKey: JWTVerifyGetKey = async (header, token) => {
        try {
          return await keySet.getKey(header, token);
        } catch (err) {
          return toKeysUnavailable(err);
        }
      };
      this.#sets.set(jwksUri, (entry = { keySet, getKey }));
    }
    return entry;
  }

  /** Forgets key sets of JWKS URIs no API uses any more, so a long-running gateway does not leak them. */
  retainOnly(jwksUris: ReadonlySet<string>): void {
    for (const uri of this.#sets.keys()) if (!jwksUris.has(uri)) this.#sets.delete(uri);
  }
}

function toKeysUnavailable(err: unknown): never {
  if (err instanceof KeysUnavailableError) throw err;
  if (err instanceof errors.JOSEError && KEY_SELECTION_ERRORS.has(err.code)) throw err;
  throw new KeysUnavailableError('JWKS unavailable', { cause: err });
}

export { KeysUnavailableError };
