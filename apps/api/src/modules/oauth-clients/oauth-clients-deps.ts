import type { DiscoveryCache } from '@gatehouse/dcr';
import type { Logger } from 'pino';
import type { Faults } from '../../faults/fault-points.ts';
import type { SecretBox } from '../../lib/secret-box.ts';
import type { AuditRepo } from '../audit/audit.repo.ts';
import type { CatalogueService } from '../catalogue/catalogue.service.ts';
import type { IdpCleanupRepo } from './idp-cleanup.repo.ts';
import type { OAuthClientRepo } from './oauth-client.repo.ts';

/** What the OAuth client operations work with. */
export interface OAuthClientsDeps {
  clients: OAuthClientRepo;
  cleanups: IdpCleanupRepo;
  catalogue: CatalogueService;
  audit: AuditRepo;
  secrets: SecretBox;
  logger: Logger;
  /** Issuers' configurations (token endpoint), shared by the registrations of a few minutes. */
  discoveries: DiscoveryCache;
  /** Time allowed for each call to an identity provider. */
  idpTimeoutMs: number;
  /** Where tests make the process stop (GATEHOUSE_FAULT); NO_FAULTS otherwise. */
  faults: Faults;
}
