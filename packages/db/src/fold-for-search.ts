import { Prisma, type PrismaClient } from './generated/prisma/client.ts';

/**
 * `text` folded for case-insensitive substring search, the same way on every database: SQLite's
 * LIKE folds ASCII letters only and PostgreSQL's not at all, so search compares folded copies
 * kept in the database (CatalogueEntry.publicNameFolded, .descriptionFolded) with a folded query.
 *
 * NFKC first (the ﬁ ligature is "fi", full-width Ａ is A), then upper and lower case, which is
 * Unicode's full case folding for all but a few letters: "Straße" and "STRASSE" both become
 * "strasse", final sigma ς and σ both σ. NFKC again recomposes what lower-casing decomposed
 * (İ → i̇).
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toUpperCase().toLowerCase().normalize('NFKC');
}

type Data = Record<string, unknown>;

/** The folded columns for the searchable ones `data` sets (as a value or as `{ set }`). */
function withFolded<T>(data: T): T {
  if (!data || typeof data !== 'object') return data;
  const written = data as Data;
  const folded: Data = {};
  for (const [column, target] of [['publicName', 'publicNameFolded'], ['description', 'descriptionFolded']] as const) {
    const value = written[column];
    const text = typeof value === 'string' ? value : value && typeof value === 'object' ? (value as { set?: unknown }).set : undefined;
    if (typeof text === 'string') folded[target] = foldForSearch(text);
  }
  return Object.keys(folded).length === 0 ? data : ({ ...written, ...folded } as T);
}

/** A new row: without a description it gets the column's default, "", folded to "". */
const created = <T>(data: T): T => withFolded({ description: '', ...data });
const eachCreated = <T>(data: T): T => (Array.isArray(data) ? (data.map(created) as T) : created(data));

/**
 * Keeps the folded search columns of CatalogueEntry in step with every write made through the
 * client made by createPrismaClient, whoever makes it (repositories, the seed, tests). Nested
 * writes through another model are not seen; Gatehouse makes none.
 */
export const foldSearchColumns = Prisma.defineExtension({
  name: 'gatehouse-fold-search-columns',
  query: {
    catalogueEntry: {
      create: ({ args, query }) => query({ ...args, data: created(args.data) }),
      createMany: ({ args, query }) => query({ ...args, data: eachCreated(args.data) }),
      createManyAndReturn: ({ args, query }) => query({ ...args, data: eachCreated(args.data) }),
      update: ({ args, query }) => query({ ...args, data: withFolded(args.data) }),
      updateMany: ({ args, query }) => query({ ...args, data: withFolded(args.data) }),
      updateManyAndReturn: ({ args, query }) => query({ ...args, data: withFolded(args.data) }),
      upsert: ({ args, query }) => query({ ...args, create: created(args.create), update: withFolded(args.update) }),
    },
  },
});

/**
 * Folds the rows whose folded columns are still null: rows written before the migration that
 * added them, or by SQL outside createPrismaClient's client. Run at start, after the migrations.
 */
export async function foldUnfoldedSearchColumns(db: PrismaClient): Promise<number> {
  const rows = await db.catalogueEntry.findMany({
    where: { OR: [{ publicNameFolded: null }, { descriptionFolded: null }] },
    select: { id: true, publicName: true, description: true },
  });
  for (const row of rows) {
    await db.catalogueEntry.update({ where: { id: row.id }, data: { publicName: row.publicName, description: row.description } });
  }
  return rows.length;
}
