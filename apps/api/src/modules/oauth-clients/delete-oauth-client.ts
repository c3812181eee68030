import { deleteClient, type Provider } from '@gatehouse/dcr';
import type { DeleteOAuthClientInput } from '../../generated/graphql.ts';
import type { Viewer } from '../common/viewer.ts';
import { clientAtIdp } from './client-at-idp.ts';
import { findVisibleClient } from './find-client.ts';
import { idpFailureResult, type IdpOperationUnsupportedResult, type IdpRegistrationErrorResult } from './idp-failure-result.ts';
import type { OAuthClientRecord } from './oauth-client.repo.ts';
import type { OAuthClientsDeps } from './oauth-clients.service.ts';

export type DeleteOAuthClientResult =
  | { __typename: 'DeleteOAuthClientSuccess'; deletedId: string; deletedAtIdp: boolean }
  | IdpRegistrationErrorResult
  | IdpOperationUnsupportedResult;

/**
 * Deletes a client at its IdP, then in the portal, so no client lingers at the IdP after the
 * portal forgot it (the Gravitee and WSO2 complaint):
 *
 *   find the client (its owner or an admin) -> DELETE at the IdP (RFC 7592 section 2.3, or the
 *   vendor's API) -> delete in the portal.
 *
 * Where the IdP cannot delete, nothing changes unless the caller explicitly asks for
 * `portalOnly`: then the portal forgets the client and journals that it stays at the IdP.
 */
export async function deleteOAuthClient(deps: OAuthClientsDeps, viewer: Viewer, input: DeleteOAuthClientInput): Promise<DeleteOAuthClientResult> {
  const record = await findVisibleClient(deps, viewer, input.id);

  if (input.portalOnly) return deleteInPortalOnly(deps, viewer, record);

  const apis = await deps.catalogue.toViews(record.catalogueEntries);
  const result = await deleteClient(
    { provider: record.provider as Provider, client: clientAtIdp(record, apis, deps.secrets) },
    { timeoutMs: deps.idpTimeoutMs },
  );
  if (!result.ok && result.kind === 'unavailable' && result.notConfirmedGone) {
    // RFC 7592 section 2.3: only a 204 says the IdP deleted this client. A 401 or 404 may mean
    // it is gone, or that the portal's token or URI no longer reach it: admins check.
    return deleteInPortalOnly(deps, viewer, record, `${result.message} The portal deleted it in the portal; check the identity provider and delete it there if it is still registered.`);
  }
  if (!result.ok) return idpFailureResult(result);
  await deps.clients.delete(record.id);
  await audit(deps, viewer, record, { deletedAtIdp: true, idpAnswer: result.value });
  return { __typename: 'DeleteOAuthClientSuccess', deletedId: record.id, deletedAtIdp: true };
}

/** Step (explicitly confirmed): forget the client, and leave admins a note that it is still at the IdP. */
async function deleteInPortalOnly(
  deps: OAuthClientsDeps,
  viewer: Viewer,
  record: OAuthClientRecord,
  problem = `${viewer.role === 'ADMIN' ? 'An admin' : 'Its developer'} deleted the client in the portal only. It is still registered at the identity provider, which may go on issuing tokens for it; Gatehouse's gateway refuses them.`,
): Promise<DeleteOAuthClientResult> {
  await deps.clients.deleteLeavingAtIdp(record.id, {
    developerId: record.developerId,
    provider: record.provider,
    registrationEndpoint: record.registrationEndpoint,
    clientName: record.clientName,
    clientId: record.clientId,
    registrationClientUri: record.registrationClientUri,
    registrationAccessTokenEnc: record.registrationAccessTokenEnc,
    problem,
  });
  await audit(deps, viewer, record, { deletedAtIdp: false });
  return { __typename: 'DeleteOAuthClientSuccess', deletedId: record.id, deletedAtIdp: false };
}

function audit(deps: OAuthClientsDeps, viewer: Viewer, record: OAuthClientRecord, details: Record<string, unknown>) {
  return deps.audit.record({
    actorId: viewer.id,
    action: 'oauth_client.deleted',
    targetType: 'OAuthClient',
    targetId: record.id,
    details: { clientId: record.clientId, clientName: record.clientName, ownerId: record.developerId, ...details },
  });
}
