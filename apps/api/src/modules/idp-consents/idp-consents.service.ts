import type { Viewer } from '../../server/viewer.ts';
import { notFound } from '../../server/errors.ts';
import { requireSession, requireViewer } from '../../server/viewer.ts';
import type { AuditRepo } from '../audit/audit.repo.ts';
import type { EmbeddedIdpConsents, IdpConsent } from './embedded-idp-consents.ts';

/** What the Account page shows and revokes: the signed-in user's consents at the embedded IdP. */
export class IdpConsentsService {
  constructor(
    private readonly idp: EmbeddedIdpConsents,
    private readonly audit: AuditRepo,
  ) {}

  async mine(viewer: Viewer | null): Promise<IdpConsent[] | null> {
    return this.idp.list(requireViewer(viewer).id);
  }

  /** The app's next authorization request asks for consent again; its tokens stop working. */
  async revoke(viewer: Viewer | null, clientId: string): Promise<{ clientId: string }> {
    const v = requireSession(viewer, 'revoke a consent');
    if (!(await this.idp.revoke(v.id, clientId))) throw notFound('A consent for this app');
    await this.audit.record({ actorId: v.id, action: 'idp_consent.revoked', targetType: 'User', targetId: v.id, details: { clientId } });
    return { clientId };
  }
}
