import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createTemporaryDatabase, devPostgresUrl, whyPostgresDoesNotAnswer, type TemporaryDatabase } from '../postgresql/temporary-database.ts';

/**
 * Why PostgreSQL tests of this package cannot run (null when they can). With CI=true a missing
 * server is an error, so CI never passes by skipping them.
 */
export async function postgresTestsSkipReason(): Promise<string | null> {
  const reason = await whyPostgresDoesNotAnswer(devPostgresUrl());
  if (reason && process.env['CI'] === 'true') throw new Error(`${reason}; CI=true requires PostgreSQL`);
  return reason;
}

/** Makes fresh databases for a test; each is dropped after it. */
export function useTemporaryDatabases(): () => Promise<TemporaryDatabase> {
  const made: TemporaryDatabase[] = [];
  afterEach(async () => {
    for (const database of made.splice(0)) await database.drop();
  });
  return async () => {
    const database = await createTemporaryDatabase(devPostgresUrl(), 'gatehouse_test');
    made.push(database);
    return database;
  };
}

/**
 * The databases this package's tests run on: SQLite always, PostgreSQL when it answers (or
 * CI=true, which then fails without it). `newUrl()` gives a fresh, empty database of the kind;
 * call `useTestDatabases()` at file level or in a describe block.
 */
export async function testDatabaseKinds(): Promise<('sqlite' | 'postgresql')[]> {
  return (await postgresTestsSkipReason()) === null ? ['sqlite', 'postgresql'] : ['sqlite'];
}

export function useTestDatabases(tempDir: () => string): (kind: 'sqlite' | 'postgresql') => Promise<string> {
  const database = useTemporaryDatabases();
  let count = 0;
  return async (kind) => (kind === 'postgresql' ? (await database()).url : `file:${join(tempDir(), `gatehouse-${++count}.db`)}`);
}
