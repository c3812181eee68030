import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '@gatehouse/config';
import pg from 'pg';

export const TEST_POSTGRES_URL = 'postgresql://postgres@127.0.0.1:5432';

/**
 * Whether the PostgreSQL the tests use answers. When it does not: with CI=true this throws (CI
 * must run these tests); elsewhere it says how to run them and the caller skips them.
 */
export async function postgresAvailableForTests(what: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: `${TEST_POSTGRES_URL}/test`, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    const start = 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start';
    if (process.env.CI === 'true') throw new Error(`${what} need PostgreSQL at ${TEST_POSTGRES_URL} (trust auth), which does not answer (start it: ${start})`);
    console.warn(`Skipping ${what}: PostgreSQL at ${TEST_POSTGRES_URL} does not answer. Start it (${start}) to run them; with CI=true they fail instead.`);
    return false;
  }
}

/** A new database of its own with the portal's PostgreSQL migrations applied (plain SQL, as deploy does). */
export async function createMigratedTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `gatehouse_gateway_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: `${TEST_POSTGRES_URL}/test` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = `${TEST_POSTGRES_URL}/${name}`;
  const migrations = join(repoRoot, 'prisma/postgresql/migrations');
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  for (const folder of (await readdir(migrations, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    await db.query(await readFile(join(migrations, folder, 'migration.sql'), 'utf8'));
  }
  await db.end();
  return {
    url,
    async drop() {
      const client = new pg.Client({ connectionString: `${TEST_POSTGRES_URL}/test` });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
