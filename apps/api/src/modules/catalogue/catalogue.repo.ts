import { foldForSearch, Prisma, tableWritesOf, type CatalogueEntry, type DcrSettings, type OAuthClient, type Policy, type PrismaClient } from '@gatehouse/db';
import type { Page } from '../common/connection.ts';
import { ReadCache } from '../common/read-cache.ts';
import type { DcrSettingsData } from '../dcr-settings/index.ts';
import { containsPattern } from './like-pattern.ts';

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
  /** The wizard's chosen entries, read again by every registration; kept until a catalogue save. */
  readonly #visibleByIds: ReadCache<CatalogueEntryRecord[]>;

  constructor(private readonly db: PrismaClient) {
    this.#visibleByIds = new ReadCache(tableWritesOf(db), ['CatalogueEntry', 'Policy', 'DcrSettings'], 1000);
  }

  listVisible(): Promise<CatalogueEntryRecord[]> {
    return this.db.catalogueEntry.findMany({ where: { visible: true }, include, orderBy: { publicName: 'asc' } });
  }

  /**
   * A page of visible entries, by public name then id (publicName is unique, so the id only makes
   * the order total; the unique publicName index serves the order). `search` matches publicName or
   * description ignoring case, Unicode included, the same on SQLite and PostgreSQL: it compares the
   * folded copies the Prisma client keeps (foldForSearch) with LIKE, which then has no case left to
   * treat differently. Raw SQL because Prisma's `contains` cannot escape `%` and `_`. Two
   * statements (ids, then rows) whatever the page size.
   */
  async listVisiblePage(page: Page, search: string | undefined): Promise<CatalogueEntryRecord[]> {
    const pattern = search === undefined ? undefined : containsPattern(foldForSearch(search));
    const matches = pattern
      ? Prisma.sql`AND ("publicNameFolded" LIKE ${pattern} ESCAPE '\\' OR "descriptionFolded" LIKE ${pattern} ESCAPE '\\')`
      : Prisma.empty;
    // publicName is unique, so "after the cursor's name" is the (publicName, id) order, and the
    // database can seek the index to it instead of scanning the pages before.
    const after = page.afterId
      ? Prisma.sql`AND "publicName" > (SELECT "publicName" FROM "CatalogueEntry" WHERE "id" = ${page.afterId})`
      : Prisma.empty;
    const rows = await this.db.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "CatalogueEntry" WHERE "visible" = TRUE ${matches} ${after}
      ORDER BY "publicName", "id" LIMIT ${page.take}`;
    if (rows.length === 0) return [];
    const entries = await this.db.catalogueEntry.findMany({ where: { id: { in: rows.map((r) => r.id) } }, include });
    const byId = new Map(entries.map((e) => [e.id, e]));
    // Re-read rows keep the page's order; one hidden or deleted in between is left out.
    return rows.flatMap((r) => byId.get(r.id) ?? []).filter((e) => e.visible);
  }

  findVisibleByIds(ids: string[]): Promise<CatalogueEntryRecord[]> {
    return this.#visibleByIds.get(JSON.stringify(ids), () => this.db.catalogueEntry.findMany({ where: { id: { in: ids }, visible: true }, include }));
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
