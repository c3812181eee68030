import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { postgresqlMigrationsDir } from '../default-paths.ts';
import { applyMigrations } from '../migrate.ts';
import { readMigrationFiles } from '../read-migration-files.ts';
import { postgresTestsSkipReason, useTemporaryDatabases } from '../test-support/postgres.ts';
import { useTempDir, writeMigration } from '../test-support/temp-dir.ts';
import { CHANGES_CHANNEL, NOTIFY_CHANGE_FUNCTION } from './change-notifications.ts';

const skip = await postgresTestsSkipReason();

describe.skipIf(skip !== null)('applyMigrations on PostgreSQL', () => {
  const database = useTemporaryDatabases();
  const tempDir = useTempDir();

  async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<T>(sql)).rows;
    } finally {
      await client.end();
    }
  }

  it('applies every migration exactly once when three replicas start together', async () => {
    const { url } = await database();
    const results = await Promise.all([applyMigrations(url), applyMigrations(url), applyMigrations(url)]);

    const names = readMigrationFiles(postgresqlMigrationsDir).map((m) => m.name);
    expect(results.map((r) => r.applied).flat()).toEqual(names);
    const rows = await query<{ migration_name: string; checksum: string }>(url, `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(rows).toEqual(readMigrationFiles(postgresqlMigrationsDir).map((m) => ({ migration_name: m.name, checksum: m.checksum })));
    expect(await applyMigrations(url)).toEqual({ applied: [] });
  });

  it('puts the change-notification trigger on every table', async () => {
    const { url } = await database();
    await applyMigrations(url);
    const tables = await query<{ table_name: string }>(
      url,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    const triggered = await query<{ table: string }>(url, `SELECT tgrelid::regclass::text AS "table" FROM pg_trigger WHERE tgname = '${NOTIFY_CHANGE_FUNCTION}'`);
    expect(tables.length).toBeGreaterThan(10);
    expect(triggered.map((t) => t.table.replaceAll('"', '')).sort()).toEqual(tables.map((t) => t.table_name).sort());
  });

  it('announces a committed write with its table, and nothing for a rolled back one', async () => {
    const { url } = await database();
    await applyMigrations(url);
    const listener = new pg.Client({ connectionString: url });
    await listener.connect();
    const heard: string[] = [];
    listener.on('notification', (n) => heard.push(`${n.channel}:${n.payload}`));
    await listener.query(`LISTEN ${CHANGES_CHANNEL}`);
    try {
      const writer = new pg.Client({ connectionString: url });
      await writer.connect();
      await writer.query(`BEGIN; INSERT INTO "Policy" ("id", "name", "updatedAt") VALUES ('gone', 'Gone', now()); ROLLBACK`);
      await writer.query(`INSERT INTO "Policy" ("id", "name", "updatedAt") VALUES ('p1', 'Gold', now())`);
      await writer.end();
      // A round trip on the listening connection delivers every notice committed before it.
      await listener.query('SELECT 1');
      expect(heard).toEqual([`${CHANGES_CHANNEL}:Policy`]);
    } finally {
      await listener.end();
    }
  });

  it('rolls a failing migration back whole and records nothing of it', async () => {
    const { url } = await database();
    const migrationsDir = join(tempDir(), 'migrations');
    writeMigration(migrationsDir, '20990101000000_one', `CREATE TABLE "A" ("id" TEXT PRIMARY KEY);`);
    writeMigration(migrationsDir, '20990101000001_two', `CREATE TABLE "B" ("id" TEXT PRIMARY KEY);\nINSERT INTO "Missing" VALUES (1);`);

    await expect(applyMigrations(url, { migrationsDir })).rejects.toThrow(/20990101000001_two failed and was rolled back.*"Missing" does not exist/);
    expect(await query(url, `SELECT to_regclass('"B"') AS b, to_regclass('"A"')::text AS a`)).toEqual([{ a: '"A"', b: null }]);
    expect(await query(url, `SELECT migration_name FROM "_prisma_migrations"`)).toEqual([{ migration_name: '20990101000000_one' }]);
  });

  it('refuses a migration that changed after it was applied', async () => {
    const { url } = await database();
    const migrationsDir = join(tempDir(), 'migrations');
    writeMigration(migrationsDir, '20990101000000_one', `CREATE TABLE "A" ("id" TEXT PRIMARY KEY);`);
    await applyMigrations(url, { migrationsDir });
    writeMigration(migrationsDir, '20990101000000_one', `CREATE TABLE "A" ("id" TEXT PRIMARY KEY, "x" INT);`);

    await expect(applyMigrations(url, { migrationsDir })).rejects.toThrow(/20990101000000_one was changed after it was applied/);
  });

  it('refuses a database that has tables but no migration history', async () => {
    const { url } = await database();
    await query(url, `CREATE TABLE "Stray" ("id" INT)`);
    await expect(applyMigrations(url)).rejects.toThrow(/has tables \(Stray\) but no _prisma_migrations history/);
  });
});
