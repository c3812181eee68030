import { sameOrigin } from '../outbound-policy.ts';
import type { ClientAtIdp, ClientEndpoint } from './provider-driver.ts';

/**
 * RFC 7592 section 3: the client configuration endpoint is the registration_client_uri the
 * registration returned, used with its registration_access_token as a bearer token (RFC 6750).
 * Without both, the portal has no standard way to manage the client.
 */
export function rfc7592ClientEndpoint(client: ClientAtIdp): ClientEndpoint | null {
  if (!client.registrationClientUri || !client.registrationAccessToken) return null;
  // The IdP chose this URL; the token goes only where the admin's configured endpoint lives.
  if (!sameOrigin(client.registrationClientUri, client.registrationEndpoint)) return null;
  return {
    url: client.registrationClientUri,
    authorization: `Bearer ${client.registrationAccessToken}`,
    credential: 'registration-access-token',
  };
}

/** RFC 6750 section 2.1 bearer token, or no header for an endpoint that takes none. */
export function bearerIfAny(token: string | null): string | undefined {
  return token ? `Bearer ${token}` : undefined;
}

export const NO_RFC7592_MEANS =
  'The identity provider returned no registration_client_uri and registration_access_token (RFC 7592), or a registration_client_uri on another host than the Client Registration Endpoint, so the portal cannot change or delete this client there.';
