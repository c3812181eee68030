import { clientInformationSchema } from '../idp-answer-schemas.ts';
import type { ProviderDriver } from './provider-driver.ts';
import { bearerIfAny, NO_RFC7592_MEANS, rfc7592ClientEndpoint } from './rfc7592-client-endpoint.ts';

/**
 * Any RFC 7591/7592 server (the seed's `Other`, and the embedded IdP): no authentication or a
 * Bearer initial access token; management at registration_client_uri. Whether it issues new
 * secrets is learnt from its answer to a PUT without the secret.
 */
export const otherDriver: ProviderDriver = {
  provider: 'OTHER',
  registrationAuthorization: bearerIfAny,
  registrationBody: (metadata) => ({ ...metadata }),
  clientEndpoint: rfc7592ClientEndpoint,
  unmanagedReason: NO_RFC7592_MEANS,
  putCarriesSecret: true,
  secretRotation: { kind: 'put-without-secret' },
  updateRotatesSecret: false,
  // RFC 7592 section 2: 401 for a client that does not exist (any more).
  goneStatuses: [401, 404],
  answerSchema: clientInformationSchema,
};
