import { randomBytes } from 'node:crypto';
import { devPostgresUrl, dropTemporaryDatabases, whyPostgresDoesNotAnswer } from '@gatehouse/db/temporary-database';

/**
 * Vitest global setup. On PostgreSQL runs (GATEHOUSE_TEST_DATABASE=postgresql): fails at once,
 * saying how to fix it, when the server does not answer; gives the run a database name prefix
 * (inherited by the workers); and at the end drops any database of the run a crashed test file
 * left behind. Nothing happens on SQLite runs.
 */
export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env['GATEHOUSE_TEST_DATABASE'] !== 'postgresql') return undefined;
  const server = devPostgresUrl();
  const unreachable = await whyPostgresDoesNotAnswer(server);
  if (unreachable) {
    throw new Error(`${unreachable}. The API tests on PostgreSQL need a server where this user may create databases: start one on 127.0.0.1:5432 or set GATEHOUSE_DEV_POSTGRES_URL.`);
  }
  process.stdout.write(`API tests on PostgreSQL (${server.replace(/\/\/[^@/]*@/, '//')})\n`);
  const prefix = `gatehouse_test_${randomBytes(3).toString('hex')}`;
  process.env['GATEHOUSE_TEST_DATABASE_PREFIX'] = prefix;
  return async () => {
    await dropTemporaryDatabases(server, prefix);
  };
}
