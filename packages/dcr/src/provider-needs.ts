import type { Provider } from './providers.ts';

export type { Provider };

/*
 * Provider facts as data, with no imports but a type: the SPA's settings forms import this file
 * directly (package export `./provider-needs`), so it must not pull in the network code.
 */

/** The names the seed guide's `Providers` field shows. */
export const PROVIDER_LABELS: Record<Provider, string> = {
  CURITY: 'Curity',
  KEYCLOAK: 'Keycloak',
  OKTA: 'Okta',
  GLUU: 'Gluu',
  OTHER: 'Other',
};

/** What a provider's registration endpoint needs from the portal, and where it usually lives. */
export interface ProviderRegistrationNeeds {
  /**
   * Whether the `Initial Registration Access Token` field must hold a token: Keycloak registers
   * only with an initial access token (or from trusted hosts), Okta only with an API token.
   */
  token: 'required' | 'optional';
  /** What the provider calls that token, for messages and hints. */
  tokenName: string;
  /** Typical path of the Client Registration Endpoint, shown as a hint. */
  registrationPath: string;
}

export const PROVIDER_REGISTRATION_NEEDS: Record<Provider, ProviderRegistrationNeeds> = {
  // Curity's DCR endpoint can run with "no-authentication" (as the seed guide sets it up).
  CURITY: { token: 'optional', tokenName: 'initial access token', registrationPath: '/token-service/oauth-registration' },
  KEYCLOAK: {
    token: 'required',
    tokenName: 'initial access token (Realm settings -> Client registration)',
    registrationPath: '/realms/<realm>/clients-registrations/openid-connect',
  },
  OKTA: { token: 'required', tokenName: 'API token (sent as SSWS)', registrationPath: '/oauth2/v1/clients' },
  GLUU: { token: 'optional', tokenName: 'access token', registrationPath: '/oxauth/restv1/register' },
  OTHER: { token: 'optional', tokenName: 'initial access token', registrationPath: '/register' },
};
