import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createPrismaClient } from './create-prisma-client.ts';
import { applyMigrations } from './migrate.ts';
import { testDatabaseKinds, useTestDatabases } from './test-support/postgres.ts';
import { useTempDir } from './test-support/temp-dir.ts';

describe.each(await testDatabaseKinds())('a %s database built by applyMigrations', (kind) => {
  const newDatabase = useTestDatabases(useTempDir());

  it('serves the generated Prisma client: writes, reads, transactions and unique violations', async () => {
    const url = await newDatabase(kind);
    const { applied } = await applyMigrations(url);
    expect(applied.length).toBeGreaterThan(0);

    const prisma = createPrismaClient(url);
    try {
      const created = await prisma.user.create({
        data: { email: 'ada@example.com', name: 'Ada', role: 'ADMIN', passwordHash: 'scrypt$x' },
      });
      const read = await prisma.user.findUnique({ where: { email: 'ada@example.com' }, include: { sessions: true } });
      expect(read).toEqual({ ...created, sessions: [] });
      expect(read).toMatchObject({ active: true, role: 'ADMIN' });

      await expect(prisma.user.create({ data: { email: 'ada@example.com', name: 'Ada 2', role: 'ADMIN', passwordHash: 'x' } })).rejects.toMatchObject({ code: 'P2002' });
      await expect(
        prisma.$transaction(async (tx) => {
          await tx.user.update({ where: { id: created.id }, data: { name: 'Changed' } });
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      expect((await prisma.user.findUniqueOrThrow({ where: { id: created.id } })).name).toBe('Ada');
    } finally {
      await prisma.$disconnect();
    }
    if (kind === 'postgresql') expect(await sessionsOf(url)).toBe(0);
  });
});

/** Connections other than this one to the database of `url` (the pool and the LISTEN connection close with $disconnect). */
async function sessionsOf(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}
