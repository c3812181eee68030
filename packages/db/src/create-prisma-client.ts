import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { databaseKindOf } from './database-kind.ts';
import { foldSearchColumns } from './fold-for-search.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { PrismaClient as PostgresqlPrismaClient } from './generated/prisma-postgresql/client.ts';
import { postgresqlAdapter } from './postgresql/postgresql-adapter.ts';
import { serializedSqliteAdapter } from './serialized-sqlite-adapter.ts';
import { registerTableWrites, TableWrites } from './table-writes.ts';

export interface PrismaClientOptions {
  /**
   * Called once per SQL statement Prisma sends (its query events), for tests and benchmarks
   * that count queries per request (the list-query tests, `pnpm bench`). Never given the statement or its parameters.
   */
  onQuery?: () => void;
}

/**
 * Opens the portal database that `databaseUrl` names, through a driver adapter, so Prisma 7 needs
 * no engine binary at run time (STACK.md). The tables written are tracked for answer caches
 * (`tableWritesOf(client)`, table-writes.ts).
 *
 * - `file:` (SQLite, better-sqlite3): the 5 s busy timeout lets concurrent writers (API, gateway)
 *   wait for the write lock instead of failing with "database is locked"; the serialized adapter
 *   keeps concurrent requests of this process out of each other's transactions and opens them
 *   with BEGIN IMMEDIATE (serialized-sqlite-adapter.ts).
 * - `postgresql://` (pg): a connection pool, plus one LISTEN connection for the change
 *   announcements (postgresql/postgresql-adapter.ts).
 *
 * Writes to CatalogueEntry also set its folded search columns (fold-for-search.ts).
 *
 * One type for callers: the client generated for PostgreSQL has the same models, fields and
 * methods as the SQLite one (both come from prisma/schema.prisma); it differs only in filter
 * options SQLite lacks (`mode: 'insensitive'`), which Gatehouse does not use. So the PostgreSQL
 * client is typed as the SQLite `PrismaClient` here, in this one place, and the rest of the code
 * is written once for both.
 */
export function createPrismaClient(databaseUrl: string, options: PrismaClientOptions = {}): PrismaClient {
  const writes = new TableWrites();
  const base =
    databaseKindOf(databaseUrl) === 'postgresql'
      ? (newClient(PostgresqlPrismaClient, postgresqlAdapter(databaseUrl, writes), options) as unknown as PrismaClient)
      : newClient(PrismaClient, serializedSqliteAdapter(new PrismaBetterSqlite3({ url: databaseUrl, timeout: 5000 }), writes), options);
  // The extension only adds columns to CatalogueEntry writes; the client keeps its type otherwise.
  const client = base.$extends(foldSearchColumns) as unknown as PrismaClient;
  registerTableWrites(client, writes);
  return client;
}

type ClientClass<C> = new (options: { adapter: SqlDriverAdapterFactory; log?: [{ emit: 'event'; level: 'query' }] }) => C;

function newClient<C extends { $on(event: 'query', listener: () => void): void }>(
  Client: ClientClass<C>,
  adapter: SqlDriverAdapterFactory,
  options: PrismaClientOptions,
): C {
  if (!options.onQuery) return new Client({ adapter });
  const onQuery = options.onQuery;
  const client = new Client({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', () => onQuery());
  return client;
}
