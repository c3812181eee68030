import { Prisma, type CatalogueEntry, type DcrSettings, type OAuthClient, type Policy, type PrismaClient, type User } from '@gatehouse/db';
import type { UserParent } from '../auth/index.ts';
import type { CatalogueEntryRecord } from '../catalogue/index.ts';
import type { Page } from '../common/connection.ts';
import { LeaseLostError, type IdpCleanupLeftAtIdp } from './idp-cleanup.repo.ts';

export type OAuthClientRecord = OAuthClient & {
  /** The owner as the schema shows it (a stored row, or the Viewer that just created the client). */
  developer: UserParent;
  catalogueEntries: (CatalogueEntry & { policy: Policy; dcrOverride: DcrSettings | null })[];
};

const include = { developer: true, catalogueEntries: { include: { policy: true, dcrOverride: true } } } as const;

export interface NewOAuthClient {
  developerId: string;
  clientId: string;
  registrationEndpoint: string;
  /** idpOriginOf(registrationEndpoint): with clientId, the client's identity. */
  idpOrigin: string;
  provider: string;
  clientName: string;
  clientSecretEnc: string | null;
  clientSecretExpiresAt: number | null;
  registrationAccessTokenEnc: string | null;
  registrationClientUri: string | null;
  metadataJson: string;
  requestedMetadataJson: string;
  tokenEndpoint: string | null;
  idempotencyKey: string;
  catalogueEntryIds: string[];
}

/**
 * What an IdP's answer to a management request changes (RFC 7592 section 3). A secret or token
 * left undefined keeps the stored one: the IdP sent none.
 */
export interface IdpAnswerChanges {
  clientName: string;
  metadataJson: string;
  /** The metadata a PUT asked for (RFC 7592 section 2.2); a rotation asks for nothing new. */
  requestedMetadataJson?: string;
  clientSecretEnc?: string;
  clientSecretExpiresAt?: number | null;
  registrationAccessTokenEnc?: string;
  registrationClientUri?: string;
}

export class OAuthClientRepo {
  constructor(private readonly db: PrismaClient) {}

  /**
   * Stores a client the IdP registered and removes its journal entry in one transaction: once
   * the client is stored, nothing is left for an admin to clean up. The caller has just read
   * the owner and the APIs (`known`), so the record is put together from them rather than read
   * back: every statement here holds the one SQLite connection for all requests (ADR 009).
   * Throws LeaseLostError, storing nothing, when the journal entry is no longer this replica's.
   */
  async createResolvingCleanup(
    { catalogueEntryIds, ...data }: NewOAuthClient,
    journal: { id: string; leaseOwner: string },
    known: { developer: UserParent; catalogueEntries: CatalogueEntryRecord[] },
  ): Promise<OAuthClientRecord> {
    const row = await this.db.$transaction(async (tx) => {
      const created = await tx.oAuthClient.create({ data: { ...data, catalogueEntries: { connect: catalogueEntryIds.map((id) => ({ id })) } } });
      // Only while this replica still holds the registration's lease: once another replica took
      // it over as interrupted, that one deletes the client at the IdP (ADR 009).
      const cleared = await tx.idpCleanup.deleteMany({ where: { id: journal.id, state: 'REGISTERING', leaseOwner: journal.leaseOwner } });
      if (cleared.count !== 1) throw new LeaseLostError(journal.id);
      return created;
    });
    return { ...row, developer: known.developer, catalogueEntries: known.catalogueEntries };
  }

  /** An active developer a client may be created for (CreateOAuthClientInput.developerId). */
  findActiveDeveloper(id: string): Promise<User | null> {
    return this.db.user.findFirst({ where: { id, role: 'DEVELOPER', active: true } });
  }

  /** The stored client with this client_id at this IdP, if any: its id only. */
  findByIdentity(idpOrigin: string, clientId: string): Promise<{ id: string } | null> {
    return this.db.oAuthClient.findUnique({ where: { idpOrigin_clientId: { idpOrigin, clientId } }, select: { id: true } });
  }

  /**
   * Stores a registration access token the IdP just rotated (RFC 7592 section 3), alone and
   * first: whatever happens to the rest of the answer, the old token no longer works.
   */
  async storeRegistrationAccessToken(id: string, registrationAccessTokenEnc: string): Promise<void> {
    await this.db.oAuthClient.update({ where: { id }, data: { registrationAccessTokenEnc } });
  }

  findById(id: string): Promise<OAuthClientRecord | null> {
    return this.db.oAuthClient.findUnique({ where: { id }, include });
  }

  /**
   * The client an earlier request with this key stored. Usually there is none, so the lookup
   * reads the id alone; Prisma's plan for the full record costs more even when nothing matches.
   */
  async findByIdempotencyKey(developerId: string, idempotencyKey: string): Promise<OAuthClientRecord | null> {
    const stored = await this.db.oAuthClient.findUnique({ where: { developerId_idempotencyKey: { developerId, idempotencyKey } }, select: { id: true } });
    return stored ? this.findById(stored.id) : null;
  }

  /** Newest first; the id breaks ties so the cursor is stable. */
  listByDeveloper(developerId: string, page: Page): Promise<OAuthClientRecord[]> {
    return this.list(page, { developerId });
  }

  /** Every developer's clients, newest first (admins). */
  listAll(page: Page): Promise<OAuthClientRecord[]> {
    return this.list(page, {});
  }

  private list(page: Page, where: Prisma.OAuthClientWhereInput): Promise<OAuthClientRecord[]> {
    return this.db.oAuthClient.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: page.take,
      ...(page.afterId ? { cursor: { id: page.afterId }, skip: 1 } : {}),
      include,
    });
  }

  applyIdpAnswer(id: string, changes: IdpAnswerChanges): Promise<OAuthClientRecord> {
    return this.db.oAuthClient.update({ where: { id }, data: changes, include });
  }

  async delete(id: string): Promise<void> {
    await this.db.oAuthClient.delete({ where: { id } });
  }

  /** Deletes the client in the portal and records, in the same transaction, that it stays at the IdP. */
  async deleteLeavingAtIdp(id: string, cleanup: IdpCleanupLeftAtIdp): Promise<void> {
    await this.db.$transaction([this.db.oAuthClient.delete({ where: { id } }), this.db.idpCleanup.create({ data: { ...cleanup, state: 'LEFT_AT_IDP' } })]);
  }
}

