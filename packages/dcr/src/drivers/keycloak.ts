import { clientInformationSchema } from '../idp-answer-schemas.ts';
import type { ProviderDriver } from './provider-driver.ts';
import { bearerIfAny, NO_RFC7592_MEANS, rfc7592ClientEndpoint } from './rfc7592-client-endpoint.ts';

/**
 * Keycloak's client registration service, `openid-connect` provider, at
 * /realms/<realm>/clients-registrations/openid-connect. Registration takes
 * `Authorization: Bearer <initial access token>` (created in the admin console with an expiry
 * and a count of registrations). The registration access token is rotated every time it is
 * used, so each answer's token must be stored. The service keeps the client secret on update:
 * a new one is issued only in the admin console.
 */
export const keycloakDriver: ProviderDriver = {
  provider: 'KEYCLOAK',
  registrationAuthorization: bearerIfAny,
  registrationBody: (metadata) => ({ ...metadata }),
  clientEndpoint: rfc7592ClientEndpoint,
  unmanagedReason: NO_RFC7592_MEANS,
  putCarriesSecret: true,
  secretRotation: {
    kind: 'unsupported',
    reason: "Keycloak's client registration service does not issue new client secrets; create a new client, or ask an admin to regenerate the secret in the Keycloak admin console.",
  },
  updateRotatesSecret: false,
  goneStatuses: [401, 404],
  answerSchema: clientInformationSchema,
};
