import type { IdpCleanup } from '@gatehouse/db';
import { clientManagement, deleteClient, type Provider } from '@gatehouse/dcr';
import { notFound } from '../common/errors.ts';
import type { Viewer } from '../common/viewer.ts';
import type { UserParent } from '../auth/index.ts';
import { toConnection, toPage, type PageArgs } from '../common/connection.ts';
import { idpOriginOf } from './client-identity.ts';
import type { IdpCleanupRecord, IdpCleanupState } from './idp-cleanup.repo.ts';
import { idpFailureResult, type IdpOperationUnsupportedResult, type IdpRegistrationErrorResult } from './idp-failure-result.ts';
import type { OAuthClientsDeps } from './oauth-clients.service.ts';

/** How long a registration call may be underway before its REGISTERING entry counts as left by a crash. */
const REGISTERING_GRACE_MS = 60_000;

/** What the IdpCleanup GraphQL type resolves from. */
export interface IdpCleanupView {
  id: string;
  state: IdpCleanupState;
  provider: string;
  registrationEndpoint: string;
  clientName: string;
  clientId: string | null;
  canDeleteAtIdp: boolean;
  problem: string | null;
  developer: UserParent | null;
  createdAt: string;
}

export type ResolveIdpCleanupResult =
  | { __typename: 'ResolveIdpCleanupSuccess'; resolvedId: string }
  | IdpRegistrationErrorResult
  | IdpOperationUnsupportedResult;

export function canDeleteAtIdp(row: IdpCleanup): boolean {
  if (!row.clientId) return false;
  return clientManagement(row.provider as Provider, {
    clientId: row.clientId,
    registrationEndpoint: row.registrationEndpoint,
    registrationClientUri: row.registrationClientUri,
    hasRegistrationAccessToken: Boolean(row.registrationAccessTokenEnc),
    // The journal keeps no vendor API token: Okta clients are removed in Okta's console.
    hasInitialAccessToken: false,
  }).canDeleteAtIdp;
}

function toView(row: IdpCleanupRecord): IdpCleanupView {
  return {
    id: row.id,
    state: row.state as IdpCleanupState,
    provider: row.provider,
    registrationEndpoint: row.registrationEndpoint,
    clientName: row.clientName,
    clientId: row.clientId,
    canDeleteAtIdp: canDeleteAtIdp(row),
    problem: row.state === 'REGISTERING' ? (row.problem ?? 'The portal stopped while the identity provider was being called; check whether it registered the client.') : row.problem,
    developer: row.developer,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The journal entries admins must look at (calls still underway left out). */
export async function listIdpCleanups(deps: OAuthClientsDeps, args: PageArgs, now = new Date()) {
  const page = toPage(args);
  const rows = await deps.cleanups.list(page, new Date(now.getTime() - REGISTERING_GRACE_MS));
  return toConnection(rows.map(toView), page);
}

/**
 * An admin resolves an entry: DELETE_AT_IDP deletes the client there with the RFC 7592 means the
 * journal kept, then removes the entry; DISMISS removes it after the admin checked the IdP.
 */
export async function resolveIdpCleanup(
  deps: OAuthClientsDeps,
  admin: Viewer,
  input: { id: string; action: 'DELETE_AT_IDP' | 'DISMISS' },
): Promise<ResolveIdpCleanupResult> {
  const row = await deps.cleanups.findById(input.id);
  if (!row) throw notFound('IdP cleanup');
  if (input.action === 'DELETE_AT_IDP') {
    if (!row.clientId || !canDeleteAtIdp(row)) {
      return {
        __typename: 'IdpOperationUnsupportedError',
        message: 'The portal holds no means to delete this client at the identity provider; remove it there by hand, then dismiss the entry.',
      };
    }
    if (await heldByPortal(deps, row, row.clientId)) {
      return {
        __typename: 'IdpOperationUnsupportedError',
        message: `A client in the portal has client_id ${row.clientId} at this identity provider; deleting it there would delete that client. Dismiss this entry instead.`,
      };
    }
    const result = await deleteJournalledClient(deps, row, row.clientId);
    if (!result.ok) return idpFailureResult(result);
  }
  await deps.cleanups.remove(row.id);
  await deps.audit.record({
    actorId: admin.id,
    action: input.action === 'DELETE_AT_IDP' ? 'idp_cleanup.deleted_at_idp' : 'idp_cleanup.dismissed',
    targetType: 'IdpCleanup',
    targetId: row.id,
    details: { clientId: row.clientId, clientName: row.clientName, registrationEndpoint: row.registrationEndpoint, state: row.state },
  });
  return { __typename: 'ResolveIdpCleanupSuccess', resolvedId: row.id };
}

/** Whether a stored portal client has the journalled client_id at the same IdP (its identity). */
export async function heldByPortal(deps: OAuthClientsDeps, row: IdpCleanup, clientId: string): Promise<boolean> {
  return (await deps.clients.findByIdentity(idpOriginOf(row.registrationEndpoint), clientId)) !== null;
}

/** RFC 7592 section 2.3 DELETE with the means the journal kept for the client. */
export function deleteJournalledClient(deps: OAuthClientsDeps, row: IdpCleanup, clientId: string) {
  return deleteClient(
    {
      provider: row.provider as Provider,
      client: {
        clientId,
        registrationEndpoint: row.registrationEndpoint,
        registrationClientUri: row.registrationClientUri,
        registrationAccessToken: deps.secrets.openOptional(row.registrationAccessTokenEnc),
        initialAccessToken: null,
      },
    },
    { timeoutMs: deps.idpTimeoutMs },
  );
}
