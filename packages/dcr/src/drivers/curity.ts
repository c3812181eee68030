import { clientInformationSchema } from '../idp-answer-schemas.ts';
import type { ProviderDriver } from './provider-driver.ts';
import { bearerIfAny, NO_RFC7592_MEANS, rfc7592ClientEndpoint } from './rfc7592-client-endpoint.ts';

/**
 * The Curity Identity Server, non-templatized DCR. Its endpoint takes no authentication (the
 * seed's `no-authentication`) or a Bearer initial access token with the `dcr` scope, which is
 * one-time: a static token serves one registration only. Curity issues a new client_secret and
 * a new registration_access_token on every GET and PUT, so every update is also a rotation and
 * the portal must store what each answer carries.
 */
export const curityDriver: ProviderDriver = {
  provider: 'CURITY',
  registrationAuthorization: bearerIfAny,
  registrationBody: (metadata) => ({ ...metadata }),
  clientEndpoint: rfc7592ClientEndpoint,
  unmanagedReason: NO_RFC7592_MEANS,
  putCarriesSecret: true,
  secretRotation: { kind: 'put-without-secret' },
  updateRotatesSecret: true,
  goneStatuses: [401, 404],
  answerSchema: clientInformationSchema,
};
