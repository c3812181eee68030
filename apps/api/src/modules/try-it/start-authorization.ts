import type { Viewer } from '../common/viewer.ts';
import { validationError, type ValidationErrorResult } from '../common/validation-error.ts';
import type { IdpOperationUnsupportedResult, IdpRegistrationErrorResult, OAuthClientRecord } from '../oauth-clients/index.ts';
import { clientIdpEndpoints } from './client-idp-endpoints.ts';
import { findOwnClient } from './find-own-client.ts';
import { grantUnavailable, type GrantUnavailableResult } from './get-client-credentials-token.ts';
import { newPkcePair } from './pending-authorizations.ts';
import { clientGrants, grantUnavailableMessage, portalCallbackUrl } from './try-it-options.ts';
import type { StartAuthorizationInput } from './try-it-inputs.ts';
import type { TryItDeps } from './try-it.service.ts';

export interface AuthorizationStartedResult {
  __typename: 'AuthorizationStarted';
  authorizationUrl: string;
  state: string;
  redirectUri: string;
  codeChallenge: string;
  portalCallbackAdded: boolean;
  expiresAt: string;
}

export type StartAuthorizationResult =
  | AuthorizationStartedResult
  | GrantUnavailableResult
  | ValidationErrorResult
  | IdpRegistrationErrorResult
  | IdpOperationUnsupportedResult;

/**
 * OpenID Connect Core section 3.1.2.1 requires `openid` in an OpenID provider's authorization
 * request (oidc-provider refuses one without it); plain OAuth servers ignore scopes they do not know.
 */
const DEFAULT_SCOPE = 'openid';

/**
 * Authorization code with PKCE (RFC 6749 section 4.1, RFC 7636 S256) for the developer's own client:
 *
 *   find the viewer's client -> check it is registered for the grant
 *   -> pick the redirect URI: the portal's callback (added with consent through the RFC 7592
 *      update, as the edit form does) or one the client registered, exactly as registered
 *   -> read the authorization endpoint from the admin-configured IdP's discovery document
 *   -> keep verifier and state on the server -> the URL to open.
 */
export async function startAuthorization(deps: TryItDeps, viewer: Viewer | null, input: StartAuthorizationInput): Promise<StartAuthorizationResult> {
  const owned = await findOwnClient(deps, viewer, input.clientId);
  let record = owned.record;

  const unavailable = grantUnavailableMessage(clientGrants(record), 'authorization_code');
  if (unavailable) return grantUnavailable(unavailable);

  const redirect = await chooseRedirectUri(deps, owned.viewer, record, input);
  if ('__typename' in redirect) return redirect;
  record = redirect.record;

  const endpoints = await clientIdpEndpoints(deps, record, true);
  if ('unavailable' in endpoints) return grantUnavailable(endpoints.unavailable);
  if (!endpoints.authorizationEndpoint) {
    return grantUnavailable("The identity provider's discovery document names no authorization endpoint, so the portal cannot start the authorization code grant.");
  }

  const pkce = newPkcePair();
  const { state, expiresAt } = await deps.pending.add({
    viewerId: owned.viewer.id,
    clientId: record.id,
    codeVerifier: pkce.verifier,
    redirectUri: redirect.redirectUri,
    tokenEndpoint: endpoints.tokenEndpoint,
    issuer: endpoints.issuer,
  });
  const url = new URL(endpoints.authorizationEndpoint);
  const params = {
    response_type: 'code',
    client_id: record.clientId,
    redirect_uri: redirect.redirectUri,
    scope: input.scope || DEFAULT_SCOPE,
    state,
    code_challenge: pkce.challenge,
    code_challenge_method: 'S256',
  };
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return {
    __typename: 'AuthorizationStarted',
    authorizationUrl: url.toString(),
    state,
    redirectUri: redirect.redirectUri,
    codeChallenge: pkce.challenge,
    portalCallbackAdded: redirect.added,
    expiresAt: new Date(expiresAt).toISOString(),
  };
}

type ChosenRedirect = { record: OAuthClientRecord; redirectUri: string; added: boolean };

/** Step: the redirect URI, adding the portal's callback at the IdP first when the developer agreed. */
async function chooseRedirectUri(
  deps: TryItDeps,
  viewer: Viewer,
  record: OAuthClientRecord,
  input: { redirect: 'PORTAL_CALLBACK' | 'CLIENT_REDIRECT_URI'; redirectUri?: string | null; consentToAddPortalCallback?: boolean | null },
): Promise<ChosenRedirect | Exclude<StartAuthorizationResult, AuthorizationStartedResult>> {
  const registered = clientGrants(record).redirectUris;
  if (input.redirect === 'CLIENT_REDIRECT_URI') {
    // RFC 6749 section 3.1.2.3: the IdP compares the string exactly, so the portal only offers registered ones.
    if (!input.redirectUri || !registered.includes(input.redirectUri)) {
      return validationError([{ path: 'redirectUri', message: `Choose one of the client's redirect URIs: ${registered.join(', ') || 'it has none'}.` }]);
    }
    return { record, redirectUri: input.redirectUri, added: false };
  }

  const callback = portalCallbackUrl(deps.urls.web);
  if (registered.includes(callback)) return { record, redirectUri: callback, added: false };
  if (!input.consentToAddPortalCallback) {
    return validationError([
      {
        path: 'consentToAddPortalCallback',
        message: `The portal needs your consent to add ${callback} to this client's redirect URIs at the identity provider.`,
      },
    ]);
  }
  const metadata = JSON.parse(record.metadataJson) as { client_name?: unknown };
  const change = {
    id: record.id,
    clientName: typeof metadata.client_name === 'string' ? metadata.client_name : record.clientName,
    redirectUris: [...registered, callback],
  };
  const updated = await deps.oauthClients.update(viewer, change);
  if (updated.__typename !== 'UpdateOAuthClientSuccess') return updated;
  const fresh = await deps.clients.findById(record.id);
  if (!fresh) return grantUnavailable('The client was deleted meanwhile.');
  return { record: fresh, redirectUri: callback, added: true };
}
