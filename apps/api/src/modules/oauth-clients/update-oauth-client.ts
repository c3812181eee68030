import { updateClient, type Provider } from '@gatehouse/dcr';
import type { Viewer } from '../common/viewer.ts';
import { validationError, type ValidationErrorResult } from '../common/validation-error.ts';
import { clientAtIdp, registeredMetadata } from './client-at-idp.ts';
import { missingRedirectProblem } from './client-fields.ts';
import { findOwnedClient } from './find-client.ts';
import { idpAnswerChanges } from './idp-answer-changes.ts';
import { keepRotatedToken } from './keep-rotated-token.ts';
import { idpFailureResult, type IdpOperationUnsupportedResult, type IdpRegistrationErrorResult } from './idp-failure-result.ts';
import type { OAuthClientRecord } from './oauth-client.repo.ts';
import { registeredGrantTypes } from './oauth-client-view.ts';
import type { OAuthClientsDeps } from './oauth-clients.service.ts';
import type { UpdateOAuthClientInput } from './update-oauth-client-input.ts';

export type UpdateOAuthClientResult =
  | { __typename: 'UpdateOAuthClientSuccess'; client: OAuthClientRecord; secretChanged: boolean }
  | ValidationErrorResult
  | IdpRegistrationErrorResult
  | IdpOperationUnsupportedResult;

/**
 * Changes a client's name and redirect URIs at its IdP, then in the portal:
 *
 *   find the developer's client -> check the URLs against its grant types
 *   -> PUT the full registered metadata with the changes (RFC 7592 section 2.2)
 *   -> store what the IdP answered, a new secret or token included.
 *
 * The IdP's refusal (invalid_redirect_uri, ...) changes nothing and comes back as data.
 */
export async function updateOAuthClient(deps: OAuthClientsDeps, viewer: Viewer, input: UpdateOAuthClientInput): Promise<UpdateOAuthClientResult> {
  const record = await findOwnedClient(deps, viewer, input.id);
  const metadata = registeredMetadata(record);
  const missing = missingRedirectProblem(registeredGrantTypes(metadata), input.redirectUris);
  if (missing) return validationError([{ path: 'redirectUris', message: missing }]);

  const apis = await deps.catalogue.toViews(record.catalogueEntries);
  const requested = { ...metadata, client_name: input.clientName, redirect_uris: input.redirectUris };
  const answer = await updateClient(
    {
      provider: record.provider as Provider,
      client: clientAtIdp(record, apis, deps.secrets),
      metadata: requested,
      currentSecret: deps.secrets.openOptional(record.clientSecretEnc),
    },
    { timeoutMs: deps.idpTimeoutMs },
  );
  await keepRotatedToken(deps, record, answer.ok ? { token: answer.value.registration_access_token } : { failure: answer });
  if (!answer.ok) return idpFailureResult(answer);

  const { changes, secretChanged } = idpAnswerChanges(record, answer.value, deps.secrets);
  changes.requestedMetadataJson = JSON.stringify(requested);
  const updated = await deps.clients.applyIdpAnswer(record.id, changes);
  await deps.audit.record({
    actorId: viewer.id,
    action: 'oauth_client.updated',
    targetType: 'OAuthClient',
    targetId: record.id,
    details: { clientId: record.clientId, clientName: updated.clientName, redirectUris: input.redirectUris, secretChanged },
  });
  return { __typename: 'UpdateOAuthClientSuccess', client: updated, secretChanged };
}
