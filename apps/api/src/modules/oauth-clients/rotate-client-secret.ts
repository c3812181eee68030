import { rotateClientSecret, type Provider } from '@gatehouse/dcr';
import type { Viewer } from '../common/viewer.ts';
import { clientAtIdp, registeredMetadata } from './client-at-idp.ts';
import { findOwnedClient } from './find-client.ts';
import { idpAnswerChanges } from './idp-answer-changes.ts';
import { keepRotatedToken } from './keep-rotated-token.ts';
import { idpFailureResult, type IdpOperationUnsupportedResult, type IdpRegistrationErrorResult } from './idp-failure-result.ts';
import type { OAuthClientRecord } from './oauth-client.repo.ts';
import type { OAuthClientsDeps } from './oauth-clients.service.ts';

export type RotateOAuthClientSecretResult =
  | { __typename: 'RotateOAuthClientSecretSuccess'; client: OAuthClientRecord }
  | IdpRegistrationErrorResult
  | IdpOperationUnsupportedResult;

/**
 * Has the IdP issue a new client secret, the way the provider's driver knows (RFC 7592 PUT
 * without the secret, or Okta's lifecycle/newSecret):
 *
 *   find the developer's client -> ask the IdP -> store its answer (always: it may carry a new
 *   registration access token) -> report whether the secret really changed.
 */
export async function rotateOAuthClientSecret(deps: OAuthClientsDeps, viewer: Viewer, id: string): Promise<RotateOAuthClientSecretResult> {
  const record = await findOwnedClient(deps, viewer, id);
  const apis = await deps.catalogue.toViews(record.catalogueEntries);
  const answer = await rotateClientSecret(
    {
      provider: record.provider as Provider,
      client: clientAtIdp(record, apis, deps.secrets),
      metadata: registeredMetadata(record),
      currentSecret: deps.secrets.openOptional(record.clientSecretEnc),
    },
    { timeoutMs: deps.idpTimeoutMs },
  );
  await keepRotatedToken(deps, record, answer.ok ? { token: answer.value.registered.registration_access_token } : { failure: answer });
  if (!answer.ok) return idpFailureResult(answer);

  const { changes, secretChanged } = idpAnswerChanges(record, answer.value.registered, deps.secrets);
  const updated = await deps.clients.applyIdpAnswer(record.id, changes);
  if (!answer.value.rotated || !secretChanged) {
    return {
      __typename: 'IdpOperationUnsupportedError',
      message: 'The identity provider kept the same client secret: it does not issue new secrets on request. Create a new client to get a new secret.',
    };
  }
  await deps.audit.record({
    actorId: viewer.id,
    action: 'oauth_client.secret_rotated',
    targetType: 'OAuthClient',
    targetId: record.id,
    details: { clientId: record.clientId, clientName: record.clientName },
  });
  return { __typename: 'RotateOAuthClientSecretSuccess', client: updated };
}
