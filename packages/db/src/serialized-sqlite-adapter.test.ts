import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createPrismaClient } from './create-prisma-client.ts';
import { applyMigrations } from './migrate.ts';
import { useTempDir } from './test-support/temp-dir.ts';

/**
 * One process, one connection, many requests at once: what another request does while an
 * interactive transaction is open must neither see its uncommitted rows nor be rolled back with it.
 */
describe('the portal database shared by concurrent requests', () => {
  const tempDir = useTempDir();

  async function migrated() {
    const url = `file:${join(tempDir(), 'gatehouse.db')}`;
    await applyMigrations(url);
    return { url, prisma: createPrismaClient(url) };
  }

  it("keeps another request's writes when a transaction open meanwhile rolls back", async () => {
    const { prisma } = await migrated();
    try {
      await prisma.auditEvent.create({ data: { id: 'existing', action: 'before', targetType: 'Test' } });
      let entered!: () => void;
      const inside = new Promise<void>((resolve) => (entered = resolve));
      const failing = prisma
        .$transaction(async (tx) => {
          await tx.auditEvent.create({ data: { action: 'uncommitted', targetType: 'Test' } });
          entered();
          await new Promise((resolve) => setTimeout(resolve, 50));
          throw new Error('the transaction fails');
        })
        .catch((error: Error) => error.message);
      await inside;

      // Another request, while that transaction is open.
      const seenMeanwhile = await prisma.auditEvent.findMany({ where: { action: 'uncommitted' } });
      await prisma.auditEvent.update({ where: { id: 'existing' }, data: { action: 'updated' } });
      await prisma.auditEvent.create({ data: { action: 'created meanwhile', targetType: 'Test' } });

      expect(await failing).toBe('the transaction fails');
      expect(seenMeanwhile).toEqual([]);
      const actions = (await prisma.auditEvent.findMany({ orderBy: { action: 'asc' } })).map((row) => row.action);
      expect(actions).toEqual(['created meanwhile', 'updated']);
    } finally {
      await prisma.$disconnect();
    }
  });

  it('lets a transaction that reads, then writes, finish while another process writes; that process waits its turn', async () => {
    const { url, prisma } = await migrated();
    try {
      await prisma.auditEvent.create({ data: { action: 'first', targetType: 'Test' } });
      let carryOn!: () => void;
      const transaction = prisma.$transaction(async (tx) => {
        const count = await tx.auditEvent.count();
        await new Promise<void>((resolve) => (carryOn = resolve));
        await tx.auditEvent.create({ data: { action: `after ${count}`, targetType: 'Test' } });
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      // Another process (here a thread with its own connection, as the gateway has) writes meanwhile.
      const other = writeFromAnotherConnection(url, "INSERT INTO AuditEvent (id, action, targetType) VALUES ('other', 'other writer', 'Test')");
      await new Promise((resolve) => setTimeout(resolve, 50));
      carryOn();
      await expect(transaction).resolves.toBeUndefined();
      await expect(other).resolves.toBe('written');
      const actions = (await prisma.auditEvent.findMany({ orderBy: { action: 'asc' } })).map((row) => row.action);
      expect(actions).toEqual(['after 1', 'first', 'other writer']);
    } finally {
      await prisma.$disconnect();
    }
  });
});

/** Runs one write on a connection of its own, in a thread, with the portal's busy timeout. */
function writeFromAnotherConnection(url: string, sql: string): Promise<string> {
  const worker = new Worker(
    `const { workerData, parentPort } = require('node:worker_threads');
     const db = new (require(workerData.driver))(workerData.path, { timeout: 5000 });
     try { db.prepare(workerData.sql).run(); parentPort.postMessage('written'); }
     catch (error) { parentPort.postMessage(String(error.message)); } finally { db.close(); }`,
    { eval: true, workerData: { driver: createRequire(import.meta.url).resolve('better-sqlite3'), path: url.slice('file:'.length), sql } },
  );
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}
