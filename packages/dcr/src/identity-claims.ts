import type { Provider } from './providers.ts';

export type { Provider };

/*
 * Which access token claims name the calling OAuth client, as each vendor writes them. Data plus
 * small pure functions, with no imports but a type: the gateway compiles an API's identity source
 * with it, the API validates it and the SPA's API form suggests from it (package export
 * `./identity-claims`), so it must not pull in the network code.
 */

/**
 * The identity source every API starts with: RFC 9068 section 2.2's `client_id`, then `azp`
 * (OpenID Connect Core section 2: the authorized party; Keycloak, Auth0 and Entra ID v2 put the
 * client there), then `cid` (Okta).
 */
export const DEFAULT_IDENTITY_SOURCE: readonly string[] = Object.freeze(['client_id', 'azp', 'cid']);

/**
 * A claim whose value wraps the client id, read by a vendor's fixed rule rather than a free-form
 * pattern: only these names are allowed to contain `@`.
 */
export interface WrappedIdentityClaim {
  /** The claim read. */
  readonly claim: string;
  /** The value is `<client_id><suffix>`; a value without it names no client (it is a user). */
  readonly suffix: string;
  /** Why, in words for the API form. */
  readonly description: string;
}

export const WRAPPED_IDENTITY_CLAIMS: Readonly<Record<string, WrappedIdentityClaim>> = {
  // Auth0's client-credentials tokens: "sub": "<client_id>@clients" (a user's sub is "auth0|...").
  'sub@clients': { claim: 'sub', suffix: '@clients', description: 'Auth0 client-credentials tokens: sub is <client_id>@clients' },
};

/** The claims the API form offers by name, in the order it lists them. */
export const COMMON_IDENTITY_CLAIMS: readonly { name: string; description: string }[] = [
  { name: 'client_id', description: 'RFC 9068: Curity, Gluu, Keycloak client credentials, the embedded IdP' },
  { name: 'azp', description: 'authorized party: Keycloak, Auth0, Entra ID v2 tokens' },
  { name: 'cid', description: 'Okta' },
  { name: 'appid', description: 'Entra ID v1 tokens' },
  { name: 'sub', description: 'subject: the client only in some client-credentials tokens' },
  { name: 'sub@clients', description: WRAPPED_IDENTITY_CLAIMS['sub@clients']!.description },
];

/** Identity providers whose tokens the portal knows the shape of: the DCR providers and more. */
export const TOKEN_VENDORS = ['CURITY', 'KEYCLOAK', 'OKTA', 'GLUU', 'AUTH0', 'ENTRA_ID', 'OTHER'] as const;
export type TokenVendor = (typeof TOKEN_VENDORS)[number];

/** How a vendor's access tokens name the client and the API. */
export interface TokenProfile {
  readonly label: string;
  /** The identity source to suggest for its tokens, tried in order. */
  readonly identitySource: readonly string[];
  /** What to enter as Audience, in words for the API form. */
  readonly audienceHint: string;
}

export const TOKEN_PROFILES: Readonly<Record<TokenVendor, TokenProfile>> = {
  CURITY: { label: 'Curity', identitySource: ['client_id'], audienceHint: 'the audience the token issuer is configured with' },
  // Client credentials and authorization code tokens both carry azp; only the first carries client_id.
  KEYCLOAK: { label: 'Keycloak', identitySource: ['azp'], audienceHint: 'the client or audience mapper named in aud (often account)' },
  // Okta writes the client in cid; uid and sub are the user's.
  OKTA: { label: 'Okta', identitySource: ['cid'], audienceHint: 'api://default for the default authorization server, else its Audience setting' },
  GLUU: { label: 'Gluu', identitySource: ['client_id'], audienceHint: 'the client id, which Gluu writes in aud' },
  AUTH0: { label: 'Auth0', identitySource: ['azp', 'sub@clients'], audienceHint: 'the API Identifier set in Auth0 (Applications -> APIs)' },
  // v2.0 tokens carry azp, v1.0 tokens appid.
  ENTRA_ID: { label: 'Microsoft Entra ID', identitySource: ['azp', 'appid'], audienceHint: 'the Application ID URI (api://...) or the app’s client id' },
  OTHER: { label: 'Other', identitySource: DEFAULT_IDENTITY_SOURCE, audienceHint: 'the aud value the IdP puts in access tokens' },
};

/** The identity source a DCR provider's tokens call for. */
export function identitySourceFor(provider: Provider): readonly string[] {
  return TOKEN_PROFILES[provider].identitySource;
}

/** Okta's default authorization server issues tokens for this audience (Okta: Authorization Servers). */
export const OKTA_DEFAULT_AUDIENCE = 'api://default';

/**
 * The vendor an issuer URL belongs to, from the URL shapes each vendor uses, or null. Only a
 * suggestion for the form: nothing is enforced from it.
 */
export function recogniseTokenVendor(issuer: string): TokenVendor | null {
  const url = URL.canParse(issuer) ? new URL(issuer) : null;
  if (!url) return null;
  const host = url.hostname.toLowerCase();
  const path = url.pathname.replace(/\/+$/, '');
  if (/\.(okta|oktapreview|okta-emea)\.com$/.test(host) || /\/oauth2\/[^/]+$/.test(path)) return 'OKTA';
  if (/\.auth0\.com$/.test(host)) return 'AUTH0';
  if (host === 'login.microsoftonline.com' || host === 'sts.windows.net') return 'ENTRA_ID';
  if (/\/realms\/[^/]+$/.test(path)) return 'KEYCLOAK';
  if (/\/oauth\/v2\/oauth-anonymous$/.test(path)) return 'CURITY';
  return null;
}

/** The audience to propose for an issuer: Okta's default authorization server's, else none. */
export function suggestedAudience(issuer: string): string | null {
  return recogniseTokenVendor(issuer) === 'OKTA' && /\/oauth2\/default\/?$/.test(issuer) ? OKTA_DEFAULT_AUDIENCE : null;
}

/** Longest claim name accepted; claim names are short, URIs included. */
export const MAX_CLAIM_NAME_LENGTH = 100;
export const MAX_IDENTITY_CLAIMS = 8;

/** A claim name: printable ASCII without spaces, commas, quotes or `@` (RFC 7519 section 4 allows URIs). */
const CLAIM_NAME = /^[A-Za-z0-9_.:/#~+-]+$/;

/** Why `name` cannot be an identity claim, or null when it can. */
export function identityClaimProblem(name: string): string | null {
  if (!name) return 'Enter a claim name, for example azp.';
  if (WRAPPED_IDENTITY_CLAIMS[name]) return null;
  if (name.length > MAX_CLAIM_NAME_LENGTH) return `The claim name ${name.slice(0, 20)}… is too long: use at most ${MAX_CLAIM_NAME_LENGTH} characters.`;
  if (!CLAIM_NAME.test(name)) {
    return `${name} is not a claim name: use letters, digits and _ . : / # ~ + - only, for example azp (sub@clients is the one name with @, for Auth0).`;
  }
  return null;
}

/** A stored identity source: claim names separated by spaces, as OAuth writes lists. */
export function parseIdentitySource(stored: string): string[] {
  return stored.split(/[\s,]+/).filter(Boolean);
}

export function formatIdentitySource(claims: readonly string[]): string {
  return claims.join(' ');
}

/** One step of a compiled identity source: read `claim`, and strip `suffix` (which must be there). */
export interface IdentityClaimReader {
  readonly claim: string;
  readonly suffix: string | null;
}

/** An identity source compiled once per API, for the gateway's request path. */
export function compileIdentitySource(claims: readonly string[]): IdentityClaimReader[] {
  return claims.map((name) => {
    const wrapped = WRAPPED_IDENTITY_CLAIMS[name];
    return wrapped ? { claim: wrapped.claim, suffix: wrapped.suffix } : { claim: name, suffix: null };
  });
}

/**
 * The client id a token's claims name, trying the readers in order: the first string value that
 * passes `accept` wins (a later claim is not consulted once one names a client id).
 */
export function resolveClientIdentity(
  claims: Readonly<Record<string, unknown>>,
  readers: readonly IdentityClaimReader[],
  accept: (value: string) => boolean,
): string | undefined {
  for (let i = 0; i < readers.length; i++) {
    const { claim, suffix } = readers[i]!;
    const value = claims[claim];
    if (typeof value !== 'string') continue;
    if (suffix === null) {
      if (accept(value)) return value;
    } else if (value.length > suffix.length && value.endsWith(suffix)) {
      const clientId = value.slice(0, -suffix.length);
      if (accept(clientId)) return clientId;
    }
  }
  return undefined;
}
