/** Identity provider vendors the portal has drivers for (the seed's `Providers` field). */
export const PROVIDERS = ['CURITY', 'KEYCLOAK', 'OKTA', 'GLUU', 'OTHER'] as const;
export type Provider = (typeof PROVIDERS)[number];

/**
 * The Authorization header a provider's registration endpoint expects, given the configured
 * Initial Registration Access Token (or API token). RFC 7591 section 3 leaves the scheme to the
 * server; vendors differ:
 * - Curity / Other: none ("no-authentication") or `Bearer` (initial access token).
 * - Keycloak: `Bearer <initial access token>` created in the admin console.
 * - Okta: `SSWS <API token>` on the org-level /oauth2/v1/clients endpoint.
 * - Gluu: `Bearer` when the server requires an access token for registration.
 */
export function registrationAuthorization(provider: Provider, token: string | null | undefined): string | undefined {
  if (!token) return undefined;
  return provider === 'OKTA' ? `SSWS ${token}` : `Bearer ${token}`;
}
