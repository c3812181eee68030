import { forbidden, notFound } from '../common/errors.ts';
import { requireViewer, type Viewer } from '../common/viewer.ts';
import type { OAuthClientRecord } from '../oauth-clients/index.ts';
import type { TryItDeps } from './try-it.service.ts';

/**
 * The client, when the caller owns it: trying it uses its secret, which is its developer's alone.
 * Another developer gets NOT_FOUND (ids cannot be probed), an admin FORBIDDEN (admins see the
 * client but not its secret).
 */
export async function findOwnClient(deps: TryItDeps, viewer: Viewer | null, id: string): Promise<{ viewer: Viewer; record: OAuthClientRecord }> {
  const v = requireViewer(viewer);
  const record = await deps.clients.findById(id);
  if (!record || (record.developerId !== v.id && v.role !== 'ADMIN')) throw notFound('OAuth client');
  if (record.developerId !== v.id) throw forbidden("get tokens for another developer's client; only its developer can");
  return { viewer: v, record };
}
