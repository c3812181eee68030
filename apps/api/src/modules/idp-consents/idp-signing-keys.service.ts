import { requireAdmin, type Viewer } from '../common/viewer.ts';
import type { EmbeddedIdpDeps } from './embedded-idp-deps.ts';
import type { IdpSigningKeyState } from './embedded-idp-consents.ts';

const toGraphql = (key: IdpSigningKeyState) => ({ ...key, state: key.state.toUpperCase() as 'NEXT' | 'CURRENT' | 'RETIRED' });

/** Admins: the embedded IdP's signing keys, and their rotation (audited). */
export class IdpSigningKeysService {
  constructor(private readonly deps: EmbeddedIdpDeps) {}

  async list(viewer: Viewer | null) {
    requireAdmin(viewer);
    return (await this.deps.idp.signingKeys())?.map(toGraphql) ?? null;
  }

  async rotate(viewer: Viewer | null) {
    const admin = requireAdmin(viewer);
    const rotated = await this.deps.idp.rotateSigningKeys();
    await this.deps.audit.record({ actorId: admin.id, action: 'idp_signing_key.rotated', targetType: 'IdpSigningKey', targetId: rotated.signingKid });
    return { signingKid: rotated.signingKid, keys: rotated.keys.map(toGraphql) };
  }
}
