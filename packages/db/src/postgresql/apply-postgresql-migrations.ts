import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { assertHistoryMatchesFolder, assertRecordMatchesFile, messageOf } from '../migration-history.ts';
import type { MigrationRecord } from '../prisma-migrations-table.ts';
import { readMigrationFiles, type MigrationFile } from '../read-migration-files.ts';
import { redactUrl } from '../database-kind.ts';

/**
 * The advisory lock key Prisma's own PostgreSQL migrate takes (prisma-engines,
 * sql-schema-connector, postgres flavour `acquire_lock`), so our runners and a stock
 * `prisma migrate deploy` also wait for each other.
 */
const MIGRATION_ADVISORY_LOCK = 72707369;

/** Prisma's PostgreSQL DDL of its history table (postgres flavour `create_migrations_table`). */
const CREATE_PRISMA_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

/**
 * Applies the pending migrations of `migrationsDir` to the PostgreSQL database at `databaseUrl`
 * with plain `pg`, no engine: under Prisma's advisory lock, each migration in its own
 * transaction (BEGIN, the script, its `_prisma_migrations` row with the sha256 checksum, COMMIT),
 * so a failing one leaves nothing behind. Replicas starting together queue on the lock, and
 * each later one finds the history written and applies nothing.
 *
 * A migration must therefore run inside a transaction (no `CREATE INDEX CONCURRENTLY`).
 */
export async function applyPostgresqlMigrations(databaseUrl: string, migrationsDir: string): Promise<{ applied: string[] }> {
  const migrations = readMigrationFiles(migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`Cannot connect to PostgreSQL at ${redactUrl(databaseUrl)} to apply migrations: ${messageOf(error)}`, { cause: error });
  }
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_ADVISORY_LOCK]);
    try {
      await ensureHistoryTable(client);
      assertHistoryMatchesFolder(await readMigrationRecords(client), migrations);
      const applied: string[] = [];
      for (const migration of migrations) {
        if (await applyOne(client, migration)) applied.push(migration.name);
      }
      return { applied };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_ADVISORY_LOCK]);
    }
  } finally {
    await client.end().catch(() => {});
  }
}

async function ensureHistoryTable(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const tables = rows.map((row) => row.table_name);
  if (tables.includes('_prisma_migrations')) return;
  if (tables.length > 0) {
    // Same refusal as Prisma's P3005.
    throw new Error(
      `The database has tables (${tables.join(', ')}) but no _prisma_migrations history, so it was not ` +
        `created from prisma/postgresql/migrations. Refusing to migrate it; start from an empty database.`,
    );
  }
  await client.query(CREATE_PRISMA_MIGRATIONS_TABLE);
}

function readMigrationRecords(client: pg.Client): Promise<MigrationRecord[]> {
  return client
    .query<MigrationRecord>(
      `SELECT id, checksum, finished_at, migration_name, rolled_back_at, started_at
       FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY started_at ASC`,
    )
    .then((result) => result.rows);
}

/** Applies one migration in a transaction of its own; false when it was already applied. */
async function applyOne(client: pg.Client, migration: MigrationFile): Promise<boolean> {
  const existing = (await readMigrationRecords(client)).find((record) => record.migration_name === migration.name);
  if (existing) {
    assertRecordMatchesFile(existing, migration);
    return false;
  }
  const startedAt = new Date();
  await client.query('BEGIN');
  try {
    // No parameters: pg sends the whole script with the simple-query protocol, `$$` bodies and all.
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations"
         ("id", "checksum", "finished_at", "migration_name", "logs", "rolled_back_at", "started_at", "applied_steps_count")
       VALUES ($1, $2, now(), $3, NULL, NULL, $4, 1)`,
      [randomUUID(), migration.checksum, migration.name, startedAt],
    );
    await client.query('COMMIT');
    return true;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw new Error(`Migration ${migration.name} failed and was rolled back (nothing of it was applied): ${messageOf(error)}`, { cause: error });
  }
}
