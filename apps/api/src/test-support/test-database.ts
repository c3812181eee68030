import { createTemporaryDatabase, devPostgresUrl } from '@gatehouse/db/temporary-database';
import { join } from 'node:path';

/**
 * Which database the API's tests run on: SQLite files by default, PostgreSQL with
 * GATEHOUSE_TEST_DATABASE=postgresql (`pnpm --filter @gatehouse/api test:postgresql`). The same
 * tests run on both; each harness gets a database of its own, created fresh and dropped at close.
 */
export type TestDatabaseKind = 'sqlite' | 'postgresql';

export const testDatabaseKind: TestDatabaseKind = parseKind(process.env['GATEHOUSE_TEST_DATABASE']);

export const onPostgresql = testDatabaseKind === 'postgresql';

function parseKind(value: string | undefined): TestDatabaseKind {
  if (value === undefined || value === '' || value === 'sqlite') return 'sqlite';
  if (value === 'postgresql') return 'postgresql';
  throw new Error(`GATEHOUSE_TEST_DATABASE must be sqlite or postgresql, not "${value}"`);
}

export interface TestDatabase {
  /** The DATABASE_URL of this database. */
  url: string;
  drop(): Promise<void>;
}

/**
 * A new, empty database for one harness: `<dataDir>/gatehouse.db` on SQLite (removed with the
 * folder), or a PostgreSQL database with a unique name, on the server of
 * GATEHOUSE_DEV_POSTGRES_URL, named with this run's prefix so the run's global teardown can drop
 * whatever a crashed test file left.
 */
export async function newTestDatabase(dataDir: string): Promise<TestDatabase> {
  if (!onPostgresql) return { url: `file:${join(dataDir, 'gatehouse.db')}`, drop: async () => {} };
  const database = await createTemporaryDatabase(devPostgresUrl(), testDatabasePrefix());
  return { url: database.url, drop: () => database.drop() };
}

/** Set by the global setup for the run; a default keeps a single file runnable on its own. */
export function testDatabasePrefix(): string {
  return process.env['GATEHOUSE_TEST_DATABASE_PREFIX'] || 'gatehouse_test';
}
