import { z } from 'zod';
import type { Viewer } from '../common/viewer.ts';
import { notFound } from '../common/errors.ts';
import { requireSession, requireViewer } from '../common/viewer.ts';
import type { EmbeddedIdpDeps } from './embedded-idp-deps.ts';
import type { IdpConsent } from './embedded-idp-consents.ts';

/** The embedded IdP's client IDs; anything else names no consent and is not sent to it. */
const CLIENT_ID = z.string().min(1).max(255);

/** What the Account page shows and revokes: the signed-in user's consents at the embedded IdP. */
export class IdpConsentsService {
  constructor(private readonly deps: EmbeddedIdpDeps) {}

  async mine(viewer: Viewer | null): Promise<IdpConsent[] | null> {
    return this.deps.idp.list(requireViewer(viewer).id);
  }

  /** The app's next authorization request asks for consent again; its tokens stop working. */
  async revoke(viewer: Viewer | null, clientId: string): Promise<{ clientId: string }> {
    const v = requireSession(viewer, 'revoke a consent');
    if (!CLIENT_ID.safeParse(clientId).success || !(await this.deps.idp.revoke(v.id, clientId))) throw notFound('A consent for this app');
    await this.deps.audit.record({ actorId: v.id, action: 'idp_consent.revoked', targetType: 'User', targetId: v.id, details: { clientId } });
    return { clientId };
  }
}
