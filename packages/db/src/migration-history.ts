import type { MigrationRecord } from './prisma-migrations-table.ts';
import type { MigrationFile } from './read-migration-files.ts';

/**
 * What both runners (SQLite, PostgreSQL) refuse before applying anything, as `prisma migrate
 * deploy` does: an unfinished migration, and an applied migration whose file changed.
 */
export function assertHistoryMatchesFolder(records: MigrationRecord[], migrations: MigrationFile[]): void {
  const byName = new Map(migrations.map((migration) => [migration.name, migration]));
  for (const record of records) {
    const migration = byName.get(record.migration_name);
    if (migration) {
      assertRecordMatchesFile(record, migration);
    } else if (record.finished_at === null) {
      assertRecordMatchesFile(record, undefined);
    }
    // A finished migration the folder does not have (the database is newer than this
    // checkout) is left alone, as `prisma migrate deploy` does.
  }
}

export function assertRecordMatchesFile(record: MigrationRecord, migration: MigrationFile | undefined): void {
  if (record.finished_at === null) {
    // Only Prisma's own engine leaves such rows (ours roll back with the migration). Prisma's
    // deploy stops here too (P3009): the schema may be half-changed and needs a human.
    throw new Error(
      `Migration ${record.migration_name} is recorded as started but never finished in ` +
        `_prisma_migrations. Repair the database by hand, then mark it with ` +
        `\`prisma migrate resolve --rolled-back ${record.migration_name}\` (or --applied).`,
    );
  }
  if (migration && record.checksum !== migration.checksum) {
    throw new Error(
      `Migration ${migration.name} was changed after it was applied: ${migration.path} has ` +
        `sha256 ${migration.checksum}, the database recorded ${record.checksum}. Restore the ` +
        `applied version of the file and put the change in a new migration ` +
        `(pnpm db:new-migration <name>).`,
    );
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
