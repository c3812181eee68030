/**
 * The file a Prisma SQLite URL (`file:/abs/path.db`, `file:./rel.db`) points at.
 *
 * Deliberately the same rule as @prisma/adapter-better-sqlite3 (strip `file:`, resolve a relative
 * path against the working directory), so applyMigrations and createPrismaClient open the same
 * file for the same DATABASE_URL. Prisma's own CLI resolves relative URLs against the schema
 * folder instead; use absolute URLs (loadConfig does) to avoid the difference.
 */
export function sqlitePathFromUrl(databaseUrl: string): string {
  const path = databaseUrl.replace(/^file:/, '');
  if (path === '') throw new Error(`DATABASE_URL "${databaseUrl}" names no SQLite file`);
  if (path.includes('?')) {
    // The adapter would open a file literally named "x.db?mode=..."; refuse instead of
    // silently migrating a different file than the one the URL suggests.
    throw new Error(`DATABASE_URL "${databaseUrl}": query parameters are not supported, give a plain file: URL`);
  }
  return path;
}
