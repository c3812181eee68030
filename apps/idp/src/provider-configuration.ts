import type { Configuration } from 'oidc-provider';
import { clientBasedCORS } from './client-cors.ts';
import { EXTRA_CLIENT_METADATA, validateClientMetadata } from './client-metadata-rules.ts';
import { findAccount as anyUserName } from './find-account.ts';
import type { PortalAccounts } from './portal-login/portal-accounts.ts';
import { portalFindAccount } from './portal-login/portal-find-account.ts';
import { loadRememberedGrant } from './portal-login/remembered-grants.ts';
import { renderError } from './render-error.ts';
import { resourceIndicators } from './resource-server.ts';
import { CLAIMS_BY_SCOPE, SUPPORTED_SCOPES } from './scopes.ts';
import type { KeyFile } from './signing-keys.ts';
import { currentKid } from './signing-keys.ts';
import type { SqliteStore } from './sqlite-adapter.ts';
import { TOKEN_LIFETIMES } from './token-lifetimes.ts';

type Features = NonNullable<Configuration['features']>;
/** @types/oidc-provider 8.8.1 omits `issueRegistrationAccessToken` here, where oidc-provider reads it. */
type Registration = NonNullable<Features['registration']> & { issueRegistrationAccessToken: boolean };

export interface ProviderConfigurationOptions {
  issuer: string;
  store: SqliteStore;
  keys: KeyFile;
  /** Curity's "no-authentication" DCR when absent; else the bearer token registration requires. */
  initialAccessToken?: string;
  audience: () => string;
  /** Sign-in with Gatehouse accounts (portal-login/). */
  accounts?: PortalAccounts;
  /** oidc-provider's development login (any user name) instead; never in production mode. */
  developmentLogin: boolean;
}

/**
 * Routes: oidc-provider's defaults except registration, which takes Curity's name so that a
 * portal configured for Curity finds it at <issuer>/oauth-registration.
 */
export const ROUTES = { registration: '/oauth-registration' } as const;

/** RFC 9700 section 2.1.2: no implicit or hybrid flows; `code` is the only response type. */
export const RESPONSE_TYPES = ['code'] as const;

export function providerConfiguration(options: ProviderConfigurationOptions): Configuration {
  const { issuer, store, keys, initialAccessToken, audience, accounts, developmentLogin } = options;
  const issuerPath = new URL(issuer).pathname.replace(/\/$/, '');
  const registration: Registration = {
    enabled: true,
    // RFC 7591 section 3: open registration unless an initial access token is configured; a
    // string makes oidc-provider compare the bearer token to it in constant time.
    initialAccessToken: initialAccessToken ?? false,
    // RFC 7592 section 3: the registration access token is what lets the portal read, update
    // and delete the client later.
    issueRegistrationAccessToken: true,
  };
  // SameSite=None cookies are dropped by browsers unless Secure, which an http issuer cannot set
  // (RFC 6265bis section 5.4.7); Lax still carries the session through top-level redirects.
  const sameSite = new URL(issuer).protocol === 'https:' ? 'none' : 'lax';

  return {
    adapter: store.adapterFactory,
    jwks: { keys: keys.keys },
    cookies: {
      keys: keys.cookieKeys,
      long: { httpOnly: true, sameSite },
      short: { httpOnly: true, sameSite: 'lax' },
    },
    routes: ROUTES,
    scopes: [...SUPPORTED_SCOPES],
    extraClientMetadata: { properties: [...EXTRA_CLIENT_METADATA], validator: validateClientMetadata },
    claims: Object.fromEntries(Object.entries(CLAIMS_BY_SCOPE).map(([scope, claims]) => [scope, [...claims]])),
    responseTypes: [...RESPONSE_TYPES],
    // RFC 7636 with S256 only (RFC 9700 section 2.1.1); oidc-provider requires PKCE for every
    // authorization code request by default, as the BCP recommends.
    pkce: { methods: ['S256'] },
    features: {
      registration,
      registrationManagement: {
        enabled: true,
        // RFC 7592 section 2.2 allows a new registration access token in any response. Like
        // Curity, this IdP rotates it, but only on PUT (oidc-provider's behaviour; Curity also
        // rotates on GET). The portal must store the token every answer returns.
        rotateRegistrationAccessToken: true,
      },
      clientCredentials: { enabled: true },
      // RFC 7009, so the portal can revoke what it no longer needs.
      revocation: { enabled: true },
      resourceIndicators: resourceIndicators({ audience, signingKid: () => currentKid(keys) }),
      // The login page that accepts any user name, for local experiments only (IDP_LOGIN);
      // otherwise people sign in with their Gatehouse account (portal-login/).
      devInteractions: { enabled: developmentLogin },
    },
    // RFC 6749 section 1.5 leaves refresh tokens to the server. oidc-provider's default needs
    // `offline_access` and a consent prompt; Curity issues one to any client allowed the
    // refresh_token grant, and so does this IdP.
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    findAccount: accounts ? portalFindAccount(accounts) : anyUserName,
    // Under the issuer path, where the IdP is mounted (portal-login/interaction-routes.ts).
    ...(accounts ? { interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `${issuerPath}/interaction/${interaction.uid}` } } : {}),
    // Consent is remembered per account and client, across sessions, until revoked.
    loadExistingGrant: loadRememberedGrant(store),
    clientBasedCORS,
    renderError,
    ttl: { ...TOKEN_LIFETIMES },
  };
}
