import { createRemoteJWKSet, errors, type JWTVerifyGetKey } from 'jose';

export interface JwksOptions {
  /** Abort a JWKS fetch after this long; a slow IdP must not hold requests for jose's 5 s default. */
  timeoutMs?: number;
  /**
   * After a successful fetch, an unknown `kid` triggers a refetch only once this has passed
   * (jose's default, 30 s): key rotation is picked up, but random kids cannot hammer the IdP.
   */
  cooldownMs?: number;
}

/** The issuer's keys could not be fetched (down, timeout, not a JWKS): the token was not judged. */
export class KeysUnavailableError extends Error {
  override name = 'KeysUnavailableError';
}

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
 * One remote JWKS resolver per JWKS URI, shared by every API that uses it and kept across
 * definition refreshes, so jose's key cache, refetch-on-unknown-kid and cooldown work as designed.
 */
export class JwksKeySets {
  readonly #resolvers = new Map<string, JWTVerifyGetKey>();
  readonly #timeoutMs: number;
  readonly #cooldownMs: number | undefined;

  constructor({ timeoutMs = 2000, cooldownMs }: JwksOptions = {}) {
    this.#timeoutMs = timeoutMs;
    this.#cooldownMs = cooldownMs;
  }

  get(jwksUri: string): JWTVerifyGetKey {
    let resolver = this.#resolvers.get(jwksUri);
    if (!resolver) {
      const remote = createRemoteJWKSet(new URL(jwksUri), {
        timeoutDuration: this.#timeoutMs,
        ...(this.#cooldownMs === undefined ? {} : { cooldownDuration: this.#cooldownMs }),
      });
      resolver = (header, token) => remote(header, token).catch(toKeysUnavailable);
      this.#resolvers.set(jwksUri, resolver);
    }
    return resolver;
  }

  /** Forgets resolvers of JWKS URIs no API uses any more, so a long-running gateway does not leak them. */
  retainOnly(jwksUris: ReadonlySet<string>): void {
    for (const uri of this.#resolvers.keys()) if (!jwksUris.has(uri)) this.#resolvers.delete(uri);
  }
}

function toKeysUnavailable(err: unknown): never {
  if (err instanceof errors.JOSEError && KEY_SELECTION_ERRORS.has(err.code)) throw err;
  // fetch failures (TypeError), JWKSTimeout, non-200 or non-JSON answers, JWKSInvalid.
  throw new KeysUnavailableError('JWKS unavailable', { cause: err });
}
