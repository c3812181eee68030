import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from './generated/prisma/client.ts';

/**
 * Opens the portal database through the better-sqlite3 driver adapter: Prisma 7 then needs no
 * engine binary at run time (STACK.md). The 5 s busy timeout lets concurrent writers
 * (API, gateway) wait for the write lock instead of failing with "database is locked".
 */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: databaseUrl, timeout: 5000 }) });
}
