/** The Authorization header carried no Bearer credentials at all. */
export const NO_BEARER_TOKEN = 0;
/** The header used the Bearer scheme, but its credentials are not a b64token. */
export const MALFORMED_BEARER_TOKEN = 1;

export type BearerTokenResult = string | typeof NO_BEARER_TOKEN | typeof MALFORMED_BEARER_TOKEN;

// RFC 6750 section 2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
const BEARER_SCHEME = /^Bearer /i;

/**
 * Extracts the access token from `Authorization: Bearer <token>` (RFC 6750 section 2.1). The scheme
 * is case-insensitive (RFC 9110 section 11.1). Another scheme (Basic, ...) counts as no bearer
 * token, which RFC 6750 section 3.1 answers without an error code. Tokens in the query string or
 * form body (sections 2.2, 2.3) are not accepted: they leak into logs and caches.
 */
export function readBearerToken(authorization: string | undefined): BearerTokenResult {
  if (authorization === undefined || !BEARER_SCHEME.test(authorization)) return NO_BEARER_TOKEN;
  // Node already trims the header value; skip the one-or-more spaces after the scheme.
  let start = 7;
  while (authorization.charCodeAt(start) === 0x20) start++;
  const token = authorization.slice(start);
  return B64TOKEN.test(token) ? token : MALFORMED_BEARER_TOKEN;
}
