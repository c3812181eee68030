import type { RegisteredClient } from '@gatehouse/dcr';
import type { SecretBox } from '@gatehouse/config';
import type { IdpAnswerChanges, OAuthClientRecord } from './oauth-client.repo.ts';

/**
 * What to store from an IdP's answer to a management request. RFC 7592 section 3: the answer is
 * the client as now registered, and "any answer may carry a new client_secret or
 * registration_access_token": both are stored (sealed), or the client becomes unmanageable
 * (Curity and Keycloak rotate the token on every call).
 */
export function idpAnswerChanges(
  record: OAuthClientRecord,
  answer: RegisteredClient,
  secrets: SecretBox,
): { changes: IdpAnswerChanges; secretChanged: boolean } {
  const { client_secret, registration_access_token, ...metadata } = answer;
  const secretChanged = typeof client_secret === 'string' && client_secret.length > 0 && client_secret !== secrets.openOptional(record.clientSecretEnc);
  const changes: IdpAnswerChanges = {
    clientName: typeof metadata.client_name === 'string' ? metadata.client_name : record.clientName,
    metadataJson: JSON.stringify(metadata),
  };
  if (secretChanged) {
    changes.clientSecretEnc = secrets.seal(client_secret);
    changes.clientSecretExpiresAt = typeof metadata.client_secret_expires_at === 'number' ? metadata.client_secret_expires_at : null;
  }
  if (typeof registration_access_token === 'string' && registration_access_token.length > 0) {
    changes.registrationAccessTokenEnc = secrets.seal(registration_access_token);
  }
  if (typeof metadata.registration_client_uri === 'string') changes.registrationClientUri = metadata.registration_client_uri;
  return { changes, secretChanged };
}
