import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient } from './generated/prisma/client.ts';
import { serializedSqliteAdapter } from './serialized-sqlite-adapter.ts';
import { registerTableWrites, TableWrites } from './table-writes.ts';

export interface PrismaClientOptions {
  /**
   * Called once per SQL statement Prisma sends (its query events), for tests and benchmarks
   * that count queries per request (issue 7). Never given the statement or its parameters.
   */
  onQuery?: () => void;
}

/**
 * Opens the portal database through the better-sqlite3 driver adapter: Prisma 7 then needs no
 * engine binary at run time (STACK.md). The 5 s busy timeout lets concurrent writers
 * (API, gateway) wait for the write lock instead of failing with "database is locked"; the
 * serialized adapter keeps concurrent requests of this process out of each other's
 * transactions and opens them with BEGIN IMMEDIATE (serialized-sqlite-adapter.ts). The tables
 * the client writes are tracked for answer caches (`tableWritesOf(client)`, table-writes.ts).
 */
export function createPrismaClient(databaseUrl: string, options: PrismaClientOptions = {}): PrismaClient {
  const writes = new TableWrites();
  const adapter = serializedSqliteAdapter(new PrismaBetterSqlite3({ url: databaseUrl, timeout: 5000 }), writes);
  const client = options.onQuery ? countingQueries(adapter, options.onQuery) : new PrismaClient({ adapter });
  registerTableWrites(client, writes);
  return client;
}

function countingQueries(adapter: SqlDriverAdapterFactory, onQuery: () => void): PrismaClient {
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', () => onQuery());
  return client;
}
