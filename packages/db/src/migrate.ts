import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { defaultMigrationsDir, postgresqlMigrationsDir } from './default-paths.ts';
import {
  CREATE_PRISMA_MIGRATIONS_TABLE,
  hasPrismaMigrationsTable,
  readMigrationRecords,
  recordAppliedMigration,
  userTableNames,
} from './prisma-migrations-table.ts';
import { readMigrationFiles, type MigrationFile } from './read-migration-files.ts';
import { sqlitePathFromUrl } from './sqlite-path-from-url.ts';
import { databaseKindOf } from './database-kind.ts';
import { assertHistoryMatchesFolder, assertRecordMatchesFile, messageOf } from './migration-history.ts';
import { applyPostgresqlMigrations } from './postgresql/apply-postgresql-migrations.ts';

export interface ApplyMigrationsOptions {
  /** Defaults to <repo root>/prisma/migrations (SQLite) or prisma/postgresql/migrations. */
  migrationsDir?: string;
}

/**
 * Brings the database at `databaseUrl` up to the newest migration of its kind: a `file:` URL
 * (SQLite) from prisma/migrations, below; a `postgresql://` URL from prisma/postgresql/migrations
 * (apply-postgresql-migrations.ts).
 *
 * @returns the names of the migrations this call applied, in order.
 */
export function applyMigrations(databaseUrl: string, opts: ApplyMigrationsOptions = {}): Promise<{ applied: string[] }> {
  if (databaseKindOf(databaseUrl) === 'postgresql') {
    return applyPostgresqlMigrations(databaseUrl, opts.migrationsDir ?? postgresqlMigrationsDir);
  }
  return applySqliteMigrations(databaseUrl, opts);
}

/**
 * Brings the SQLite database at `databaseUrl` up to the newest migration in prisma/migrations,
 * the way `prisma migrate deploy` would, but without Prisma's engine (which cannot be downloaded
 * on our machines, see docs/decisions/001-migrations-without-engine-download.md). The history
 * goes into Prisma's own `_prisma_migrations` table, so the stock Prisma CLI accepts the result.
 *
 * Safe to call at every start of every process: applied migrations are skipped, and two
 * processes starting together serialize on SQLite's write lock.
 *
 * @returns the names of the migrations this call applied, in order.
 */
async function applySqliteMigrations(
  databaseUrl: string,
  opts: ApplyMigrationsOptions = {},
): Promise<{ applied: string[] }> {
  const migrations = readMigrationFiles(opts.migrationsDir ?? defaultMigrationsDir);
  const file = sqlitePathFromUrl(databaseUrl);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });

  // The 5 s busy timeout matches createPrismaClient: a second process starting at the same time
  // waits for the first one's migration instead of failing with SQLITE_BUSY.
  const db = new Database(file, { timeout: 5000 });
  try {
    // WAL lets the API and the gateway read while the other writes. It is a property of the
    // file, so setting it once here covers every later connection.
    db.pragma('journal_mode = WAL');
    // Prisma's SQLite migrations rebuild tables (CREATE new_X, copy, DROP X, rename) between
    // `PRAGMA foreign_keys=OFF/ON`, but that pragma is a no-op inside a transaction. With
    // foreign keys on (better-sqlite3's default), `DROP TABLE X` would run ON DELETE CASCADE
    // on the children of X and silently delete their rows. So keys are off for this connection
    // and every migration ends with a foreign_key_check instead (SQLite's documented
    // 12-step ALTER TABLE procedure, https://sqlite.org/lang_altertable.html#otheralter).
    db.pragma('foreign_keys = OFF');

    ensureHistoryTable(db);
    assertHistoryMatchesFolder(readMigrationRecords(db), migrations);

    const applied: string[] = [];
    for (const migration of migrations) {
      // IMMEDIATE takes the write lock before reading the history, so of two processes racing
      // on the same migration the second one sees the first one's row and skips it.
      const didApply = db.transaction(() => applyOne(db, migration)).immediate();
      if (didApply) applied.push(migration.name);
    }
    return { applied };
  } finally {
    db.close();
  }
}

function ensureHistoryTable(db: Database.Database): void {
  db.transaction(() => {
    if (hasPrismaMigrationsTable(db)) return;
    const tables = userTableNames(db);
    if (tables.length > 0) {
      // Same refusal as Prisma's P3005: replaying the first migration over an existing schema
      // would fail halfway or, worse, half succeed.
      throw new Error(
        `The database has tables (${tables.join(', ')}) but no _prisma_migrations history, so it ` +
          `was not created from prisma/migrations. Refusing to migrate it; start from an empty file.`,
      );
    }
    db.exec(CREATE_PRISMA_MIGRATIONS_TABLE);
  }).immediate();
}

/** Applies one migration in the caller's transaction; false when it was already applied. */
function applyOne(db: Database.Database, migration: MigrationFile): boolean {
  const existing = readMigrationRecords(db).find((record) => record.migration_name === migration.name);
  if (existing) {
    assertRecordMatchesFile(existing, migration);
    return false;
  }

  const startedAt = Date.now();
  try {
    // Prisma's engine runs the whole script as one batch too (rusqlite execute_batch). Our
    // transaction makes it all-or-nothing, which Prisma's SQLite connector does not.
    db.exec(migration.sql);
  } catch (error) {
    throw new Error(
      `Migration ${migration.name} failed and was rolled back (nothing of it was applied): ${messageOf(error)}`,
      { cause: error },
    );
  }
  const violations = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  if (violations.length > 0) {
    const sample = violations
      .slice(0, 5)
      .map((v) => `${v.table} rowid ${v.rowid} -> ${v.parent}`)
      .join(', ');
    throw new Error(
      `Migration ${migration.name} leaves ${violations.length} row(s) that break a foreign key ` +
        `(${sample}); it was rolled back.`,
    );
  }
  recordAppliedMigration(db, migration, startedAt, Date.now());
  return true;
}
