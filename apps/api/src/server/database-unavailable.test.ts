import { createPrismaClient } from '@gatehouse/db';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnreachable } from './database-unavailable.ts';

async function errorOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the query to fail');
}

describe('isDatabaseUnreachable', () => {
  it('recognises Prisma failing to reach PostgreSQL', async () => {
    // Port 1 on the loopback: nothing listens, the connection is refused at once.
    const db = createPrismaClient('postgresql://postgres@127.0.0.1:1/gatehouse');
    try {
      expect(isDatabaseUnreachable(await errorOf(() => db.user.findFirst()))).toBe(true);
    } finally {
      await db.$disconnect().catch(() => {});
    }
  });

  it('does not mistake a failing query on a reachable database for an outage', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gatehouse-unreachable-'));
    const db = createPrismaClient(`file:${join(dir, 'empty.db')}`);
    try {
      // An empty file: the table does not exist.
      expect(isDatabaseUnreachable(await errorOf(() => db.user.findFirst()))).toBe(false);
    } finally {
      await db.$disconnect();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
