import type { PrismaClient } from '@gatehouse/db';

/** One round trip to the portal database; throws when it cannot be reached. */
export async function pingDatabase(db: PrismaClient): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}
