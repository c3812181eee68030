import { registeredGrantTypes, registeredMetadata, type OAuthClientRecord } from '../oauth-clients/index.ts';
import { SUPPORTED_AUTH_METHODS } from './request-token.ts';

/** The client's registration, as far as getting a token from the portal is concerned. */
export interface ClientGrants {
  authMethod: string;
  redirectUris: string[];
  clientCredentials: boolean;
  authorizationCode: boolean;
  /** Why the portal cannot get any token for the client; null when it can. */
  unavailableReason: string | null;
}

/** The callback the portal's SPA serves (apps/web routes/portal/try-it/oauth-callback-route.tsx). */
export const portalCallbackUrl = (webOrigin: string) => new URL('/portal/oauth/callback', webOrigin).toString();

/**
 * What the registered metadata allows (RFC 7591 section 2 defaults: authorization_code, `code`,
 * client_secret_basic). Client credentials need a confidential client (RFC 6749 section 4.4).
 */
export function clientGrants(record: OAuthClientRecord): ClientGrants {
  const metadata = registeredMetadata(record);
  const grantTypes = registeredGrantTypes(metadata);
  const responseTypes = Array.isArray(metadata.response_types) ? (metadata.response_types as unknown[]) : ['code'];
  const redirectUris = Array.isArray(metadata.redirect_uris) ? (metadata.redirect_uris as unknown[]).filter((u): u is string => typeof u === 'string') : [];
  const authMethod = typeof metadata.token_endpoint_auth_method === 'string' ? metadata.token_endpoint_auth_method : 'client_secret_basic';
  let unavailableReason: string | null = null;
  if (!(SUPPORTED_AUTH_METHODS as readonly string[]).includes(authMethod)) {
    unavailableReason = `The client authenticates with ${authMethod}, which the portal cannot do for it; use your own tooling.`;
  } else if (authMethod !== 'none' && !record.clientSecretEnc) {
    unavailableReason = 'The portal holds no secret for this client, so it cannot authenticate as it.';
  }
  return {
    authMethod,
    redirectUris,
    clientCredentials: unavailableReason === null && grantTypes.includes('client_credentials') && authMethod !== 'none',
    authorizationCode: unavailableReason === null && grantTypes.includes('authorization_code') && responseTypes.includes('code'),
    unavailableReason,
  };
}

/** Why a grant cannot run, for TokenGrantUnavailableError. */
export function grantUnavailableMessage(grants: ClientGrants, grant: 'client_credentials' | 'authorization_code'): string | null {
  if (grants.unavailableReason) return grants.unavailableReason;
  if (grant === 'client_credentials' && !grants.clientCredentials) {
    return grants.authMethod === 'none'
      ? 'A public client cannot use the client credentials grant (RFC 6749 section 4.4); use the authorization code grant.'
      : 'The client is not registered with the client_credentials grant type; create a client for an API whose DCR settings include it.';
  }
  if (grant === 'authorization_code' && !grants.authorizationCode) {
    return 'The client is not registered with the authorization_code grant type and the `code` response type.';
  }
  return null;
}
