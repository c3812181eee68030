import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPrismaClient } from './create-prisma-client.ts';
import { applyMigrations } from './migrate.ts';
import { useTempDir } from './test-support/temp-dir.ts';

describe('a database built by applyMigrations from prisma/migrations', () => {
  const tempDir = useTempDir();

  it('serves the generated Prisma client', async () => {
    const url = `file:${join(tempDir(), 'gatehouse.db')}`;
    const { applied } = await applyMigrations(url);
    expect(applied.length).toBeGreaterThan(0);

    const prisma = createPrismaClient(url);
    try {
      const created = await prisma.user.create({
        data: { email: 'ada@example.com', name: 'Ada', role: 'ADMIN', passwordHash: 'scrypt$x' },
      });
      const read = await prisma.user.findUnique({ where: { email: 'ada@example.com' } });
      expect(read).toEqual(created);
      expect(read).toMatchObject({ active: true, role: 'ADMIN' });
    } finally {
      await prisma.$disconnect();
    }
  });
});
