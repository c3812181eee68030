import { forbidden, notFound } from '../common/errors.ts';
import type { Viewer } from '../common/viewer.ts';
import type { OAuthClientRecord } from './oauth-client.repo.ts';
import type { OAuthClientsDeps } from './oauth-clients.service.ts';

/**
 * The client, if the viewer may see it: its owner and admins. Anyone else gets NOT_FOUND, so ids
 * cannot be probed.
 */
export async function findVisibleClient(deps: OAuthClientsDeps, viewer: Viewer, id: string): Promise<OAuthClientRecord> {
  const row = await deps.clients.findById(id);
  if (!row || (row.developerId !== viewer.id && viewer.role !== 'ADMIN')) throw notFound('OAuth client');
  return row;
}

/** The client, if the viewer owns it: only its developer changes it and sees its secret. */
export async function findOwnedClient(deps: OAuthClientsDeps, viewer: Viewer, id: string): Promise<OAuthClientRecord> {
  const row = await findVisibleClient(deps, viewer, id);
  if (row.developerId !== viewer.id) throw forbidden("change another developer's client; only deleting it is open to admins");
  return row;
}
