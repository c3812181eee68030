import { driverFor } from './drivers/index.ts';

/** Identity provider vendors the portal has drivers for (the seed's `Providers` field). */
export const PROVIDERS = ['CURITY', 'KEYCLOAK', 'OKTA', 'GLUU', 'OTHER'] as const;
export type Provider = (typeof PROVIDERS)[number];

/**
 * The Authorization header a provider's registration endpoint expects, given the configured
 * Initial Registration Access Token (or API token). RFC 7591 section 3 leaves the scheme to the
 * server; each vendor's driver (drivers/) knows its own: none or `Bearer` for Curity / Other,
 * Keycloak and Gluu, `SSWS <API token>` for Okta.
 */
export function registrationAuthorization(provider: Provider, token: string | null | undefined): string | undefined {
  return driverFor(provider).registrationAuthorization(token ?? null);
}
