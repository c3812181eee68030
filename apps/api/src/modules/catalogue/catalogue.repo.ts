import type { CatalogueEntry, DcrSettings, OAuthClient, Policy, PrismaClient } from '@gatehouse/db';
import type { Page } from '../common/connection.ts';
import type { DcrSettingsData } from '../dcr-settings/dcr-settings-input.ts';

export type CatalogueEntryRecord = CatalogueEntry & { policy: Policy; dcrOverride: DcrSettings | null };

const include = { policy: true, dcrOverride: true } as const;

/** The columns of a catalogue entry an admin sets. */
export interface CatalogueEntryColumns {
  publicName: string;
  description: string;
  policyId: string;
  visible: boolean;
  overrideGlobalDcr: boolean;
}

export class CatalogueRepo {
  constructor(private readonly db: PrismaClient) {}

  listVisible(): Promise<CatalogueEntryRecord[]> {
    return this.db.catalogueEntry.findMany({ where: { visible: true }, include, orderBy: { publicName: 'asc' } });
  }

  findVisibleByIds(ids: string[]): Promise<CatalogueEntryRecord[]> {
    return this.db.catalogueEntry.findMany({ where: { id: { in: ids }, visible: true }, include });
  }

  /** Every entry, hidden ones too (the admin list). */
  list(page: Page): Promise<CatalogueEntryRecord[]> {
    return this.db.catalogueEntry.findMany({
      orderBy: { id: 'asc' },
      take: page.take,
      ...(page.afterId ? { cursor: { id: page.afterId }, skip: 1 } : {}),
      include,
    });
  }

  findById(id: string): Promise<CatalogueEntryRecord | null> {
    return this.db.catalogueEntry.findUnique({ where: { id }, include });
  }

  findByPublicName(publicName: string): Promise<CatalogueEntry | null> {
    return this.db.catalogueEntry.findUnique({ where: { publicName } });
  }

  /** The entries of several policies in one query (Policy.catalogueEntries for a page of policies). */
  listByPolicies(policyIds: string[]): Promise<CatalogueEntryRecord[]> {
    return this.db.catalogueEntry.findMany({ where: { policyId: { in: policyIds } }, include, orderBy: { publicName: 'asc' } });
  }

  policyExists(id: string): Promise<boolean> {
    return this.db.policy.count({ where: { id } }).then((n) => n > 0);
  }

  create({ policyId, ...columns }: CatalogueEntryColumns, dcr: DcrSettingsData | null): Promise<CatalogueEntryRecord> {
    return this.db.catalogueEntry.create({
      data: { ...columns, policy: { connect: { id: policyId } }, ...(dcr ? { dcrOverride: { create: dcr } } : {}) },
      include,
    });
  }

  /** Saves the entry; `dcr` updates its override settings (created on first save), null leaves them. */
  update(id: string, { policyId, ...columns }: CatalogueEntryColumns, dcr: DcrSettingsData | null): Promise<CatalogueEntryRecord> {
    return this.db.catalogueEntry.update({
      where: { id },
      data: { ...columns, policy: { connect: { id: policyId } }, ...(dcr ? { dcrOverride: { upsert: { create: dcr, update: dcr } } } : {}) },
      include,
    });
  }

  /** Deletes the entry and its override settings together. */
  async delete(entry: CatalogueEntryRecord): Promise<void> {
    await this.db.$transaction(async (tx) => {
      await tx.catalogueEntry.delete({ where: { id: entry.id } });
      if (entry.dcrOverrideId) await tx.dcrSettings.delete({ where: { id: entry.dcrOverrideId } });
    });
  }

  /** OAuth clients created for the entry. */
  clients(entryId: string): Promise<OAuthClient[]> {
    return this.db.oAuthClient.findMany({ where: { catalogueEntries: { some: { id: entryId } } }, orderBy: { createdAt: 'asc' } });
  }
}
