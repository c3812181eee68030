import type { IdpFailure } from '@gatehouse/dcr';
import type { OAuthClientRecord } from './oauth-client.repo.ts';
import type { OAuthClientsDeps } from './oauth-clients.service.ts';

/**
 * Stores a registration access token the IdP's answer carried, before anything else is done
 * with the answer. IdPs that rotate the token (Curity and Keycloak, on every call; RFC 7592
 * section 3 allows any answer to) have already invalidated the old one: if the rest of the
 * answer is refused, or was an error, the new token is still the only way to manage the client.
 * `answered` is the success's token, or what a failed answer still said (`salvaged`).
 */
export async function keepRotatedToken(
  deps: OAuthClientsDeps,
  record: OAuthClientRecord,
  answered: { token?: string | null; failure?: IdpFailure },
): Promise<void> {
  const token = answered.token ?? answered.failure?.salvaged?.registrationAccessToken;
  if (!token || token === deps.secrets.openOptional(record.registrationAccessTokenEnc)) return;
  await deps.clients.storeRegistrationAccessToken(record.id, deps.secrets.seal(token));
}
