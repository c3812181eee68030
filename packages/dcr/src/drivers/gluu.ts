import { clientInformationSchema } from '../idp-answer-schemas.ts';
import type { ProviderDriver } from './provider-driver.ts';
import { bearerIfAny, NO_RFC7592_MEANS, rfc7592ClientEndpoint } from './rfc7592-client-endpoint.ts';

/**
 * Gluu (oxAuth): registration at /oxauth/restv1/register, open or, with
 * `dcrAuthorizationWithClientCredentials`, with a Bearer access token. The client is identified
 * by client_id in the query of its registration_client_uri
 * (/oxauth/restv1/register?client_id=...), read and updated with the registration access
 * token. DELETE arrived in oxAuth 4.1; older versions answer 405, which the portal reports as
 * not supported. Updates do not issue new secrets, and by default (dynamicRegistrationExpirationTime)
 * the secret expires, which client_secret_expires_at says.
 */
export const gluuDriver: ProviderDriver = {
  provider: 'GLUU',
  registrationAuthorization: bearerIfAny,
  registrationBody: (metadata) => ({ ...metadata }),
  clientEndpoint: rfc7592ClientEndpoint,
  unmanagedReason: NO_RFC7592_MEANS,
  putCarriesSecret: true,
  secretRotation: {
    kind: 'unsupported',
    reason: 'Gluu does not issue new client secrets through its registration endpoint; create a new client instead.',
  },
  updateRotatesSecret: false,
  goneStatuses: [401, 404],
  answerSchema: clientInformationSchema,
};
