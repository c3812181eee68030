import { startStack } from '@gatehouse/stack';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_ENV } from './e2e-env.ts';

/** Starts the whole product on a fresh data directory; the returned function stops it. */
export default async function globalSetup() {
  const dataDir = await mkdtemp(join(tmpdir(), 'gatehouse-e2e-'));
  await mkdir('test-results', { recursive: true });
  const log = createWriteStream(join('test-results', 'stack.log'));
  const stack = await startStack({
    env: { ...E2E_ENV, GATEHOUSE_DATA_DIR: dataDir },
    write: (line) => log.write(`${line}\n`),
  });
  // Workers inherit this process's environment: tests find the database file through it.
  process.env.GATEHOUSE_E2E_DATA_DIR = dataDir;
  return async () => {
    await stack.stop();
    log.end();
  };
}
