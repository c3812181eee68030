import { join } from 'node:path';
import { applyMigrations } from '@gatehouse/db';
import { createTemporaryDatabase, devPostgresUrl, whyPostgresDoesNotAnswer } from '@gatehouse/db/temporary-database';
import Database from 'better-sqlite3';
import pg from 'pg';

export type BenchDatabaseKind = 'sqlite' | 'postgresql';

/** A migrated portal database of the benchmark's own, SQLite in its directory or a throw-away PostgreSQL database. */
export interface BenchDatabase {
  kind: BenchDatabaseKind;
  /** DATABASE_URL of the API and the baselines. */
  url: string;
  /** Rows in bulk, for the seeders (seed-portal.ts, load-scale-data.ts). */
  openBulkRows(): Promise<BulkRows>;
  /** PostgreSQL: drops the database. SQLite: nothing (the benchmark removes its directory). */
  drop(): Promise<void>;
}

/**
 * Bulk rows written as each database takes them fastest: better-sqlite3 prepared statements in
 * one transaction; on PostgreSQL, multi-row INSERTs of up to 1 000 rows through pg in one
 * transaction, sent when the seeder next reads or finishes.
 */
export interface BulkRows {
  /** A row; the rows of every table go in in the order their tables were first given a row. */
  insert(table: string, row: Record<string, string | number | boolean | null>): void;
  /** The first row of a query written with `?` placeholders and quoted identifiers. */
  one<T>(sql: string, params?: unknown[]): Promise<T>;
  /** Writes what is buffered, commits and closes. */
  finish(): Promise<void>;
}

/** The PostgreSQL server the PostgreSQL parts use (GATEHOUSE_DEV_POSTGRES_URL, as the dev tools). */
export const benchPostgresUrl = () => devPostgresUrl();

/** Null when the PostgreSQL parts can run, else why not. */
export const whyNoPostgres = () => whyPostgresDoesNotAnswer(benchPostgresUrl(), 2000);

export async function createBenchDatabase(kind: BenchDatabaseKind, dir: string): Promise<BenchDatabase> {
  if (kind === 'sqlite') {
    const path = join(dir, 'gatehouse.db');
    const url = `file:${path}`;
    await applyMigrations(url);
    return { kind, url, openBulkRows: async () => sqliteBulkRows(path), drop: async () => {} };
  }
  const database = await createTemporaryDatabase(benchPostgresUrl(), 'gatehouse_bench');
  try {
    await applyMigrations(database.url);
  } catch (error) {
    await database.drop();
    throw error;
  }
  return { kind, url: database.url, openBulkRows: () => postgresqlBulkRows(database.url), drop: () => database.drop() };
}

function sqliteBulkRows(path: string): BulkRows {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  const statements = new Map<string, Database.Statement>();
  db.exec('BEGIN');
  return {
    insert(table, row) {
      const columns = Object.keys(row);
      const key = `${table}(${columns.join(',')})`;
      let statement = statements.get(key);
      if (!statement) {
        statement = db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
        statements.set(key, statement);
      }
      // SQLite keeps booleans as 0 and 1, as Prisma writes them.
      statement.run(...Object.values(row).map((v) => (typeof v === 'boolean' ? Number(v) : v)));
    },
    one: async <T>(sql: string, params: unknown[] = []) => db.prepare(sql).get(...params) as T,
    async finish() {
      db.exec('COMMIT');
      db.close();
    },
  };
}

const ROWS_PER_STATEMENT = 1000;

async function postgresqlBulkRows(url: string): Promise<BulkRows> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('BEGIN');
  // Insertion order of the Map is the order tables were first used: parents before children.
  const buffers = new Map<string, { table: string; columns: string[]; values: unknown[][] }>();
  const flush = async () => {
    for (const { table, columns, values } of buffers.values()) {
      while (values.length > 0) {
        const rows = values.splice(0, ROWS_PER_STATEMENT);
        const tuples = rows.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
        await client.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}`, rows.flat());
      }
    }
  };
  return {
    insert(table, row) {
      const columns = Object.keys(row);
      const key = `${table}(${columns.join(',')})`;
      let buffer = buffers.get(key);
      if (!buffer) buffers.set(key, (buffer = { table, columns, values: [] }));
      buffer.values.push(Object.values(row));
    },
    async one<T>(sql: string, params: unknown[] = []) {
      await flush();
      let n = 0;
      return (await client.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows[0] as T;
    },
    async finish() {
      await flush();
      await client.query('COMMIT');
      // Fresh statistics, as autovacuum would gather them some time after such a load.
      await client.query('ANALYZE');
      await client.end();
    },
  };
}
