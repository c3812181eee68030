import type { AuditRepo } from '../audit/index.ts';
import type { EmbeddedIdpConsents } from './embedded-idp-consents.ts';

/** What the embedded IdP's services work with; server/create-services.ts builds it (ADR 017). */
export interface EmbeddedIdpDeps {
  /** The embedded IdP's internal endpoints, which own consents and signing keys (ADR 018). */
  idp: EmbeddedIdpConsents;
  audit: AuditRepo;
}
