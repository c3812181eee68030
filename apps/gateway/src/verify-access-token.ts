import { resolveClientIdentity } from '@gatehouse/dcr/identity-claims';
import { errors, jwtVerify, type JWTPayload, type JWTVerifyOptions } from 'jose';
import type { ApiRoute } from './api-definition.ts';
import { gatewayResponses, type GatewayResponse } from './gateway-responses.ts';
import { KeysUnavailableError, type JwksKeySets } from './jwks-key-sets.ts';
import { readTokenScopes, type TokenScopes } from './token-scopes.ts';

/**
 * Asymmetric signature algorithms only (RFC 8725 section 3.1: the verifier picks the algorithms,
 * never the token). HS* is excluded because the gateway holds no shared secret: allowing it would
 * let an attacker sign with the public key as an HMAC secret (the classic RS256/HS256 confusion,
 * RFC 8725 section 2.1). jose never accepts "none" with a key (RFC 8725 section 3.2).
 */
export const ACCEPTED_ALGORITHMS: readonly string[] = Object.freeze([
  'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519',
]);

/** Leeway for clock skew between IdP and gateway on exp and nbf (RFC 7519 sections 4.1.4, 4.1.5). */
export const CLOCK_TOLERANCE_SECONDS = 30;

/**
 * Values of the JOSE `typ` header accepted on an access token, compared case-insensitively
 * (RFC 7515 section 4.1.9). RFC 9068 section 4 has resource servers require "at+jwt"; IdPs that
 * predate it (Curity's classic JWT access tokens among them) send "JWT" or nothing, so those pass
 * too. Any other explicit type is a different kind of JWT from the same keys (a logout token, a
 * DPoP proof, ...) and is refused: explicit typing against cross-JWT confusion (RFC 8725 section 3.11).
 */
const ACCEPTED_TOKEN_TYPES: ReadonlySet<string> = new Set(['at+jwt', 'application/at+jwt', 'jwt', 'application/jwt']);

/** A client identifier the gateway will put in a header: RFC 6749 appendix A.1, client-id = *VSCHAR. */
const CLIENT_IDENTITY = /^[\x20-\x7e]{1,512}$/;
const isClientIdentity = (value: string) => CLIENT_IDENTITY.test(value);

/** jose verification options per API, computed once per route rather than on every request. */
const optionsByRoute = new WeakMap<ApiRoute, JWTVerifyOptions>();

function verifyOptionsFor(route: ApiRoute): JWTVerifyOptions {
  let options = optionsByRoute.get(route);
  if (!options) {
    const { issuer, audience } = route.definition;
    options = {
      // Frozen so no code can widen the allow-list; jose only reads it.
      algorithms: ACCEPTED_ALGORITHMS as string[],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      // An access token without an expiry would be valid forever (RFC 7519 section 4.1.4).
      requiredClaims: ['exp'],
      // Cross-JWT confusion: only tokens minted by this issuer for this audience (RFC 8725 sections 3.8, 3.9).
      ...(issuer ? { issuer } : {}),
      ...(audience ? { audience } : {}),
    };
    optionsByRoute.set(route, options);
  }
  return options;
}

/** What verification established about the caller. */
export interface VerifiedCaller {
  claims: JWTPayload;
  /** The client id the first claim of the API's identity source that holds one names. */
  clientId: string;
  /** `scope` and `scp`, normalised (token-scopes.ts). */
  scopes: TokenScopes;
}

/**
 * Verifies a JWT access token for one API (RFC 7519 section 7.2): signature with a key from the
 * API's JWKS, then exp/nbf/iss/aud, then `typ`, then the identity claims in the API's order, then the scopes. Returns the caller, or the response
 * that rejects the request.
 *
 * The key comes only from the configured JWKS URI. jwtVerify with a key getter never follows the
 * token's own `jku`/`x5u` headers nor trusts an embedded `jwk`, which would let the token choose
 * the key that verifies it and make the gateway fetch attacker-chosen URLs (RFC 8725 section 3.10).
 * Keep it that way.
 */
export async function verifyAccessToken(token: string, route: ApiRoute, keySets: JwksKeySets): Promise<VerifiedCaller | GatewayResponse> {
  let claims: JWTPayload;
  let typ: string | undefined;
  try {
    ({ payload: claims, protectedHeader: { typ } } = await jwtVerify(token, keySets.get(route.definition.jwksUri), verifyOptionsFor(route)));
  } catch (err) {
    return rejectionFor(err);
  }
  if (typ !== undefined && !ACCEPTED_TOKEN_TYPES.has(typ.toLowerCase())) return gatewayResponses.invalidToken.invalid;
  const clientId = resolveClientIdentity(claims, route.identity.readers, isClientIdentity);
  if (clientId === undefined) return route.identity.noClientIdentity;
  return { claims, clientId, scopes: readTokenScopes(claims) };
}

function rejectionFor(err: unknown): GatewayResponse {
  if (err instanceof KeysUnavailableError) return gatewayResponses.keysUnavailable;
  if (err instanceof errors.JWTExpired) return gatewayResponses.invalidToken.expired;
  if (err instanceof errors.JWTClaimValidationFailed) {
    if (err.claim === 'nbf') return gatewayResponses.invalidToken.not_yet_valid;
    if (err.claim === 'iss' || err.claim === 'aud') return gatewayResponses.invalidToken.wrong_audience_or_issuer;
  }
  // Malformed, bad signature, disallowed alg, unknown kid, missing exp: one answer, no internals.
  return gatewayResponses.invalidToken.invalid;
}
