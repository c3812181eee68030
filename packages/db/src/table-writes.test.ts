import { describe, expect, it } from 'vitest';
import { createPrismaClient } from './create-prisma-client.ts';
import { applyMigrations } from './migrate.ts';
import { tableWritesOf, type TableWrites } from './table-writes.ts';
import { testDatabaseKinds, useTestDatabases } from './test-support/postgres.ts';
import { useTempDir } from './test-support/temp-dir.ts';

const kinds = await testDatabaseKinds();

/** Answer caches trust these versions to move on every write they depend on (ADR 012). */
describe.each(kinds)('the tables a Prisma client has written, on %s', (kind) => {
  const newDatabase = useTestDatabases(useTempDir());

  async function migrated() {
    const url = await newDatabase(kind);
    await applyMigrations(url);
    const prisma = createPrismaClient(url);
    // Connecting starts the watch for other connections, which drops everything once.
    await prisma.user.count();
    await tableWritesOf(prisma)!.refresh();
    return { prisma, writes: tableWritesOf(prisma)! };
  }

  /** Runs `write` and returns which of the watched tables' versions moved. */
  async function moved(writes: TableWrites, write: () => Promise<unknown>): Promise<string[]> {
    const tables = ['User', 'Session', 'AuditEvent'];
    await writes.refresh();
    const before = tables.map((t) => writes.versionOf([t]));
    await write();
    await writes.refresh();
    return tables.filter((t, i) => writes.versionOf([t]) !== before[i]);
  }

  it('moves the version of exactly the table a write touches, nested writes and transactions included', async () => {
    const { prisma, writes } = await migrated();
    try {
      const user = { email: 'ada@example.com', name: 'Ada', role: 'ADMIN' as const, passwordHash: 'scrypt$x' };
      const { id } = await prisma.user.create({ data: user });
      const expiresAt = new Date(Date.now() + 60_000);

      expect(await moved(writes, () => prisma.session.create({ data: { tokenHash: 'h1', userId: id, expiresAt } }))).toEqual(['Session']);
      expect(await moved(writes, () => prisma.user.update({ where: { id }, data: { name: 'Ada L.' } }))).toEqual(['User']);
      // A nested write deletes sessions through the User model.
      expect(await moved(writes, () => prisma.user.update({ where: { id }, data: { sessions: { deleteMany: {} } } }))).toEqual(['Session']);
      expect(
        await moved(writes, () =>
          prisma.$transaction(async (tx) => {
            await tx.auditEvent.create({ data: { action: 'test', targetType: 'Test' } });
            await tx.session.deleteMany({ where: { userId: id } });
          }),
        ),
      ).toEqual(['Session', 'AuditEvent']);
      expect(await moved(writes, () => prisma.auditEvent.deleteMany({}))).toEqual(['AuditEvent']);
    } finally {
      await prisma.$disconnect();
    }
  });

  it('does not move on reads, and moves the tables raw SQL writes', async () => {
    const { prisma, writes } = await migrated();
    try {
      expect(await moved(writes, () => prisma.user.findMany({ include: { sessions: true } }))).toEqual([]);
      expect(await moved(writes, () => prisma.$queryRaw`SELECT count(*) FROM "User"`)).toEqual([]);
      expect(await moved(writes, () => prisma.$executeRaw`UPDATE "User" SET name = 'x'`)).toEqual(['User']);
      // SQLite's statement reading cannot tell the table of a CTE and moves them all; PostgreSQL's
      // trigger names it.
      expect(await moved(writes, () => prisma.$executeRaw`WITH gone AS (SELECT 1) DELETE FROM "Session"`)).toEqual(
        kind === 'sqlite' ? ['User', 'Session', 'AuditEvent'] : ['Session'],
      );
    } finally {
      await prisma.$disconnect();
    }
  });

  it('versionExcept ignores writes to the tables it is told to', async () => {
    const { prisma, writes } = await migrated();
    try {
      const ignored = new Set(['AuditEvent']);
      const before = writes.versionExcept(ignored);
      await prisma.auditEvent.create({ data: { action: 'test', targetType: 'Test' } });
      await writes.refresh();
      expect(writes.versionExcept(ignored)).toBe(before);
      await prisma.user.create({ data: { email: 'b@example.com', name: 'B', role: 'DEVELOPER', passwordHash: 'scrypt$x' } });
      await writes.refresh();
      expect(writes.versionExcept(ignored)).toBeGreaterThan(before);
    } finally {
      await prisma.$disconnect();
    }
  });
});

describe.each(kinds)('commits by other connections, on %s', (kind) => {
  const newDatabase = useTestDatabases(useTempDir());

  it('move the tables they wrote once refreshed, and this client’s own writes do not move others', async () => {
    const url = await newDatabase(kind);
    await applyMigrations(url);
    const prisma = createPrismaClient(url);
    const other = createPrismaClient(url);
    try {
      const writes = tableWritesOf(prisma)!;
      await prisma.user.count();
      await writes.refresh();
      const before = writes.versionOf(['Session']);

      await prisma.user.create({ data: { email: 'a@example.com', name: 'A', role: 'ADMIN', passwordHash: 'scrypt$x' } });
      await writes.refresh();
      expect(writes.versionOf(['Session'])).toBe(before);

      // Another process (here: another connection) writes. SQLite cannot tell which table, so
      // every table moves; PostgreSQL announces the table. Either way it is known after a refresh.
      const audit = writes.versionOf(['AuditEvent']);
      await other.auditEvent.create({ data: { action: 'elsewhere', targetType: 'Test' } });
      if (kind === 'sqlite') expect(writes.versionOf(['AuditEvent'])).toBe(audit);
      await writes.refresh();
      expect(writes.versionOf(['AuditEvent'])).toBeGreaterThan(audit);
      expect(writes.versionOf(['Session'])).toBe(kind === 'sqlite' ? writes.versionOf(['AuditEvent']) : before);
    } finally {
      await prisma.$disconnect();
      await other.$disconnect();
    }
  });
});
