import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPrismaClient } from './create-prisma-client.ts';
import { applyMigrations } from './migrate.ts';
import { useTempDir } from './test-support/temp-dir.ts';

/** The same statement text sent again, with other arguments, must answer for those arguments. */
describe('statements compiled once and run again (SQLite)', () => {
  const tempDir = useTempDir();

  it('answers each query with its own arguments, in and out of transactions', async () => {
    const url = `file:${join(tempDir(), 'gatehouse.db')}`;
    await applyMigrations(url);
    const prisma = createPrismaClient(url);
    try {
      for (const action of ['first', 'second', 'third']) await prisma.auditEvent.create({ data: { id: action, action, targetType: 'Test' } });
      expect((await prisma.auditEvent.findUnique({ where: { id: 'first' } }))?.action).toBe('first');
      expect((await prisma.auditEvent.findUnique({ where: { id: 'second' } }))?.action).toBe('second');
      expect(await prisma.auditEvent.findUnique({ where: { id: 'none' } })).toBeNull();
      const counted = await prisma.$transaction(async (tx) => {
        await tx.auditEvent.update({ where: { id: 'third' }, data: { action: 'changed' } });
        return [await tx.auditEvent.count({ where: { action: 'changed' } }), await tx.auditEvent.count({ where: { action: 'first' } })];
      });
      expect(counted).toEqual([1, 1]);
      expect(await prisma.$executeRaw`UPDATE "AuditEvent" SET "action" = ${'again'} WHERE "id" = ${'first'}`).toBe(1);
      expect(await prisma.$executeRaw`UPDATE "AuditEvent" SET "action" = ${'again'} WHERE "id" = ${'none'}`).toBe(0);
      const rows = await prisma.$queryRaw<{ action: string }[]>`SELECT "action" FROM "AuditEvent" WHERE "id" = ${'second'}`;
      expect(rows).toEqual([{ action: 'second' }]);
      expect((await prisma.auditEvent.findMany({ orderBy: { id: 'asc' } })).map((row) => row.action)).toEqual(['again', 'second', 'changed']);
    } finally {
      await prisma.$disconnect();
    }
  });
});
