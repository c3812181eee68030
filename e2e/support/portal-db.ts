import { createPrismaClient } from '@gatehouse/db';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

function dataDir(): string {
  const dir = process.env.GATEHOUSE_E2E_DATA_DIR;
  if (!dir) throw new Error('GATEHOUSE_E2E_DATA_DIR is not set; run the tests through playwright.config.ts');
  return dir;
}

/** The portal database of the stack under test, read the way an attacker with the file would. */
export const portalDb = {
  client: () => createPrismaClient(`file:${join(dataDir(), 'gatehouse.db')}`),
  /** Raw bytes of the SQLite file and its write-ahead log. */
  async rawBytes(): Promise<Buffer> {
    const parts = await Promise.all(
      ['gatehouse.db', 'gatehouse.db-wal'].map((f) => readFile(join(dataDir(), f)).catch(() => Buffer.alloc(0))),
    );
    return Buffer.concat(parts);
  },
};
