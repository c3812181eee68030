import { decodeJwt, decodeProtectedHeader } from 'jose';
import type { TokenResponse } from './request-token.ts';

export interface TokenClaimView {
  name: string;
  value: string;
  time: string | null;
}

/** What the AccessTokenResult GraphQL type resolves from. */
export interface AccessTokenResultView {
  __typename: 'AccessTokenResult';
  clientId: string;
  grantType: 'client_credentials' | 'authorization_code';
  accessToken: string;
  tokenType: string;
  scope: string | null;
  expiresIn: number | null;
  expiresAt: string | null;
  isJwt: boolean;
  header: TokenClaimView[];
  claims: TokenClaimView[];
  refreshTokenIssued: boolean;
}

/** RFC 7519 section 4.1 and OpenID Connect Core section 2: claims that are NumericDate seconds. */
const TIME_CLAIMS = new Set(['exp', 'iat', 'nbf', 'auth_time']);

const toClaims = (object: Record<string, unknown>): TokenClaimView[] =>
  Object.entries(object).map(([name, value]) => ({
    name,
    value: JSON.stringify(value) ?? 'null',
    time: TIME_CLAIMS.has(name) && typeof value === 'number' ? new Date(value * 1000).toISOString() : null,
  }));

/** The JWT's header and claims, or null for an opaque token (RFC 6749 leaves the format to the IdP). */
function decode(token: string): { header: Record<string, unknown>; claims: Record<string, unknown> } | null {
  try {
    return { header: decodeProtectedHeader(token) as Record<string, unknown>, claims: decodeJwt(token) as Record<string, unknown> };
  } catch {
    return null;
  }
}

/**
 * The token response for the page: the token, its decoded header and claims when it is a JWT
 * (RFC 9068 access tokens are), and its expiry as an instant. `now` is when the response came.
 */
export function describeAccessToken(
  response: TokenResponse,
  context: { clientId: string; grantType: AccessTokenResultView['grantType']; now: Date },
): AccessTokenResultView {
  const decoded = decode(response.access_token);
  const exp = decoded && typeof decoded.claims.exp === 'number' ? decoded.claims.exp : null;
  const expiresAt =
    response.expires_in !== undefined
      ? new Date(context.now.getTime() + response.expires_in * 1000).toISOString()
      : exp !== null
        ? new Date(exp * 1000).toISOString()
        : null;
  return {
    __typename: 'AccessTokenResult',
    clientId: context.clientId,
    grantType: context.grantType,
    accessToken: response.access_token,
    tokenType: response.token_type,
    scope: response.scope ?? null,
    expiresIn: response.expires_in ?? null,
    expiresAt,
    isJwt: decoded !== null,
    header: decoded ? toClaims(decoded.header) : [],
    claims: decoded ? toClaims(decoded.claims) : [],
    refreshTokenIssued: Boolean(response.refresh_token),
  };
}
