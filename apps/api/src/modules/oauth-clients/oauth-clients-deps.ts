import type { DiscoveryCache } from '@gatehouse/dcr';
import type { Logger } from 'pino';
import type { Faults } from '../../faults/fault-points.ts';
import type { SecretBox } from '../../lib/secret-box.ts';
import type { AuditRepo } from '../audit/audit.repo.ts';
import type { CatalogueService } from '../catalogue/catalogue.service.ts';
import type { ClientLocks } from './client-locks.ts';
import type { IdpCleanupRepo } from './idp-cleanup.repo.ts';
import type { OAuthClientRepo } from './oauth-client.repo.ts';
import type { RegistrationLeases } from './registration-leases.ts';

/** What the OAuth client operations work with. */
export interface OAuthClientsDeps {
  clients: OAuthClientRepo;
  cleanups: IdpCleanupRepo;
  /** This replica's leases on the journal entries of its registrations underway (ADR 009). */
  leases: RegistrationLeases;
  catalogue: CatalogueService;
  audit: AuditRepo;
  secrets: SecretBox;
  logger: Logger;
  /** Issuers' configurations (token endpoint), shared by the registrations of a few minutes. */
  discoveries: DiscoveryCache;
  /** One management operation per client at a time: in this process, or across replicas through Redis. */
  locks: ClientLocks;
  /** Time allowed for each call to an identity provider. */
  idpTimeoutMs: number;
  /** Where tests make the process stop (GATEHOUSE_FAULT); NO_FAULTS otherwise. */
  faults: Faults;
}
