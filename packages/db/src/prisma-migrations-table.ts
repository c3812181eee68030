import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';

/**
 * Prisma's migration history table, created with the exact DDL of Prisma's SQLite connector
 * (prisma-engines, sql-schema-connector/src/flavour/sqlite.rs `create_migrations_table`), so
 * `prisma migrate status` / `deploy` treat a database we migrated as their own.
 */
export const CREATE_PRISMA_MIGRATIONS_TABLE = `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
);
`;

export interface MigrationRecord {
  id: string;
  checksum: string;
  finished_at: number | string | Date | null;
  migration_name: string;
  rolled_back_at: number | string | Date | null;
  started_at: number | string | Date;
}

export function hasPrismaMigrationsTable(db: Database): boolean {
  return (
    db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get() !==
    undefined
  );
}

/** Tables that would make Prisma refuse to start a history (P3005 "database schema is not empty"). */
export function userTableNames(db: Database): string[] {
  const rows = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as { name: string }[];
  return rows.map((row) => row.name);
}

/**
 * The rows that still count, oldest first. Rows marked rolled back (`prisma migrate resolve
 * --rolled-back`) are history only; Prisma ignores them too.
 */
export function readMigrationRecords(db: Database): MigrationRecord[] {
  return db
    .prepare(
      `SELECT id, checksum, finished_at, migration_name, rolled_back_at, started_at
       FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY started_at ASC`,
    )
    .all() as MigrationRecord[];
}

/**
 * Records one successfully applied migration the way Prisma's engine leaves it after
 * `record_migration_started` + `record_successful_step` + `record_migration_finished`:
 * logs NULL, one applied step, and timestamps as Unix milliseconds, which is how Prisma's
 * native SQLite connector stores DateTime values.
 */
export function recordAppliedMigration(
  db: Database,
  migration: { name: string; checksum: string },
  startedAt: number,
  finishedAt: number,
): void {
  db.prepare(
    `INSERT INTO "_prisma_migrations"
       ("id", "checksum", "finished_at", "migration_name", "logs", "rolled_back_at", "started_at", "applied_steps_count")
     VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)`,
  ).run(randomUUID(), migration.checksum, finishedAt, migration.name, startedAt);
}
