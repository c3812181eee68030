import { describe, expect, it } from 'vitest';
import { createPrismaClient } from './create-prisma-client.ts';
import { foldForSearch, foldUnfoldedSearchColumns } from './fold-for-search.ts';
import { applyMigrations } from './migrate.ts';
import { testDatabaseKinds, useTestDatabases } from './test-support/postgres.ts';
import { useTempDir } from './test-support/temp-dir.ts';

describe('foldForSearch', () => {
  it('folds case beyond ASCII, compatibility forms and sharp s', () => {
    expect(foldForSearch('Straße')).toBe(foldForSearch('STRASSE'));
    expect(foldForSearch('ÉCOLE')).toBe('école');
    expect(foldForSearch('ΣΟΦΊΑ')).toBe(foldForSearch('σοφία'));
    expect(foldForSearch('ｍａｐｓ ﬁle')).toBe('maps file');
  });
});

describe.each(await testDatabaseKinds())('the folded search columns on %s', (kind) => {
  const newDatabase = useTestDatabases(useTempDir());

  it('are set on every write through the client, and filled in at start for rows written around it', async () => {
    const url = await newDatabase(kind);
    await applyMigrations(url);
    const db = createPrismaClient(url);
    try {
      const policy = await db.policy.create({ data: { name: 'Gold' } });
      const entry = await db.catalogueEntry.create({ data: { publicName: 'Straße', policyId: policy.id } });
      expect(entry).toMatchObject({ publicNameFolded: 'strasse', descriptionFolded: '' });
      const updated = await db.catalogueEntry.update({ where: { id: entry.id }, data: { description: { set: 'ÉCOLE' } } });
      expect(updated).toMatchObject({ publicNameFolded: 'strasse', descriptionFolded: 'école' });

      await db.$executeRaw`UPDATE "CatalogueEntry" SET "publicNameFolded" = NULL`;
      expect(await foldUnfoldedSearchColumns(db)).toBe(1);
      expect(await db.catalogueEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ publicNameFolded: 'strasse', descriptionFolded: 'école' });
      expect(await foldUnfoldedSearchColumns(db)).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });
});
