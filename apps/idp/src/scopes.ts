/**
 * The scopes the embedded IdP knows. oidc-provider rejects a registration whose `scope` names a
 * value it does not list (`invalid_client_metadata`), so every scope the portal lets a developer
 * register must appear here.
 */

/** OpenID Connect Core 1.0 section 5.4 scopes, plus offline_access (section 11). */
export const OIDC_SCOPES = ['openid', 'profile', 'email', 'offline_access'] as const;

/**
 * Scopes of the one protected resource (the gateway). Access tokens carry these, and only these,
 * in their `scope` claim (RFC 9068 section 2.2.3).
 */
export const API_SCOPES = ['read', 'write'] as const;

export const SUPPORTED_SCOPES: readonly string[] = [...OIDC_SCOPES, ...API_SCOPES];

/**
 * OpenID Connect Core 1.0 section 5.4: which claims each scope releases from the account
 * (see find-account.ts for where the values come from).
 */
export const CLAIMS_BY_SCOPE = {
  openid: ['sub'],
  profile: ['name', 'preferred_username'],
  email: ['email', 'email_verified'],
} as const;

/** What the consent screen tells a person each scope lets the app do. */
export const SCOPE_DESCRIPTIONS: Record<(typeof OIDC_SCOPES)[number] | (typeof API_SCOPES)[number], string> = {
  openid: 'Know who you are (your Gatehouse user id)',
  profile: 'See your name',
  email: 'See your email address',
  offline_access: 'Keep access while you are away',
  read: 'Read data through the API gateway on your behalf',
  write: 'Change data through the API gateway on your behalf',
};
