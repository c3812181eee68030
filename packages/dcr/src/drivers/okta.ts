import { OKTA_CLIENT_ID, oktaClientSchema } from '../idp-answer-schemas.ts';
import type { ClientMetadataRequest } from '../rfc7591.ts';
import type { ClientAtIdp, ProviderDriver } from './provider-driver.ts';

/** Okta's org-level Dynamic Client Registration API, relative to the org's origin. */
export const OKTA_PATHS = {
  clients: '/oauth2/v1/clients',
  client: (clientId: string) => `/oauth2/v1/clients/${encodeURIComponent(clientId)}`,
  newSecret: '/lifecycle/newSecret',
} as const;

/**
 * Okta's application types and the grant types each accepts (Okta Dynamic Client Registration
 * API, "Client Application Model"): `web` must have authorization_code; a `service` app does
 * client_credentials only, and takes response type `token`.
 */
function oktaApplication(metadata: ClientMetadataRequest): Record<string, unknown> {
  const serviceApp = metadata.grant_types.length > 0 && metadata.grant_types.every((g) => g === 'client_credentials');
  if (serviceApp) {
    const { redirect_uris, ...rest } = metadata;
    return { ...rest, application_type: 'service', response_types: ['token'], ...(redirect_uris.length ? { redirect_uris } : {}) };
  }
  return { ...metadata, application_type: 'web' };
}

/**
 * Okta: `Authorization: SSWS <API token>` at the org-level /oauth2/v1/clients. Okta returns no
 * registration_client_uri or registration_access_token; its clients are managed with the same
 * API token at /oauth2/v1/clients/{client_id} (PUT, DELETE 204) and get a new secret from
 * POST /oauth2/v1/clients/{client_id}/lifecycle/newSecret.
 */
export const oktaDriver: ProviderDriver = {
  provider: 'OKTA',
  registrationAuthorization: (token) => (token ? `SSWS ${token}` : undefined),
  registrationBody: oktaApplication,
  clientEndpoint(client: ClientAtIdp) {
    if (!client.initialAccessToken) return null;
    // The id goes into the path: one that is not an Okta app id ("..", "a/b") could name
    // another resource of the org, with the API token.
    if (!OKTA_CLIENT_ID.test(client.clientId)) return null;
    return {
      url: new URL(OKTA_PATHS.client(client.clientId), client.registrationEndpoint).href,
      authorization: `SSWS ${client.initialAccessToken}`,
      credential: 'api-token',
    };
  },
  unmanagedReason: 'The DCR settings hold no Okta API token any more, so the portal cannot change or delete this client at Okta.',
  // Okta generates every secret itself; a PUT may leave client_secret out.
  putCarriesSecret: false,
  secretRotation: { kind: 'vendor-endpoint', method: 'POST', path: OKTA_PATHS.newSecret },
  updateRotatesSecret: false,
  // 401/403 mean a bad API token at Okta, not a missing client.
  goneStatuses: [404],
  answerSchema: oktaClientSchema,
};
