import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file Prisma keeps in every migration folder (`<timestamp>_<name>/migration.sql`). */
export const MIGRATION_SCRIPT_FILE = 'migration.sql';

export interface MigrationFile {
  /** Folder name, e.g. `20250101120000_init`; Prisma's `migration_name`. */
  name: string;
  /** Absolute path of its migration.sql. */
  path: string;
  sql: string;
  /** sha256 hex of the raw migration.sql bytes: what Prisma stores in `_prisma_migrations.checksum`. */
  checksum: string;
}

/**
 * Every migration in `migrationsDir`, in name order (names start with a UTC timestamp, so name
 * order is creation order, as in Prisma). A missing folder means "no migrations yet".
 */
export function readMigrationFiles(migrationsDir: string): MigrationFile[] {
  if (!existsSync(migrationsDir)) return [];
  const names = readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    // Code-unit order, not localeCompare: the same order on every machine and locale.
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  return names.map((name) => {
    const path = join(migrationsDir, name, MIGRATION_SCRIPT_FILE);
    if (!existsSync(path)) {
      throw new Error(`Migration folder ${join(migrationsDir, name)} has no ${MIGRATION_SCRIPT_FILE}`);
    }
    const bytes = readFileSync(path);
    return {
      name,
      path,
      sql: bytes.toString('utf8'),
      // Hash the bytes, not a decoded string, so a BOM or CRLF change counts as an edit, exactly
      // as Prisma sees it.
      checksum: createHash('sha256').update(bytes).digest('hex'),
    };
  });
}
