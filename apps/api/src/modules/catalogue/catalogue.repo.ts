import type { CatalogueEntry, DcrSettings, Policy, PrismaClient } from '@gatehouse/db';

export type CatalogueEntryRecord = CatalogueEntry & { policy: Policy; dcrOverride: DcrSettings | null };

const include = { policy: true, dcrOverride: true } as const;

export class CatalogueRepo {
  constructor(private readonly db: PrismaClient) {}

  listVisible(): Promise<CatalogueEntryRecord[]> {
    return this.db.catalogueEntry.findMany({ where: { visible: true }, include, orderBy: { publicName: 'asc' } });
  }

  findVisibleByIds(ids: string[]): Promise<CatalogueEntryRecord[]> {
    return this.db.catalogueEntry.findMany({ where: { id: { in: ids }, visible: true }, include });
  }
}
