import { requireAdmin, type Viewer } from '../../server/viewer.ts';
import type { AuditRepo } from '../audit/audit.repo.ts';
import type { EmbeddedIdpConsents, IdpSigningKeyState } from './embedded-idp-consents.ts';

const toGraphql = (key: IdpSigningKeyState) => ({ ...key, state: key.state.toUpperCase() as 'NEXT' | 'CURRENT' | 'RETIRED' });

/** Admins: the embedded IdP's signing keys, and their rotation (audited). */
export class IdpSigningKeysService {
  constructor(
    private readonly idp: EmbeddedIdpConsents,
    private readonly audit: AuditRepo,
  ) {}

  async list(viewer: Viewer | null) {
    requireAdmin(viewer);
    return (await this.idp.signingKeys())?.map(toGraphql) ?? null;
  }

  async rotate(viewer: Viewer | null) {
    const admin = requireAdmin(viewer);
    const rotated = await this.idp.rotateSigningKeys();
    await this.audit.record({ actorId: admin.id, action: 'idp_signing_key.rotated', targetType: 'IdpSigningKey', targetId: rotated.signingKid });
    return { signingKid: rotated.signingKid, keys: rotated.keys.map(toGraphql) };
  }
}
