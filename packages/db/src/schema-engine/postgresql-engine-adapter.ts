import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { createTemporaryDatabase, type TemporaryDatabase } from '../postgresql/temporary-database.ts';
import type { TrackedAdapterFactory } from './shadow-database-adapter.ts';

/** PostgreSQL's internal one-byte `"char"` type (pg_catalog), which the engine's introspection reads. */
const CHAR_OID = 18;
const TEXT_OID = 25;

/**
 * The PostgreSQL side of the schema engine, working around three habits of @prisma/adapter-pg
 * 7.10 (STACK.md, PostgreSQL):
 *
 * - Its `executeScript` splits a script on every `;`, which breaks `@default(";")`, a `;` in a
 *   comment and `$$` function bodies, and leaves the statements before a failure applied. Scripts
 *   (and argument-less `executeRaw`, which is how the engine replays a migration on the shadow
 *   database) go to pg's simple-query protocol instead, which runs a multi-statement script
 *   as one implicit transaction.
 * - It cannot describe columns of type `"char"` (OID 18), which the engine's introspection
 *   queries of pg_catalog return ("could not be deserialized"): they are reported as text.
 * - Disposing twice throws "Called end on pool more than once": dispose is made idempotent.
 *
 * The shadow database (needed to diff a migrations folder) is a fresh temporary database per
 * command, dropped afterwards. PrismaPg's own `connectToShadowDb` is never used: with a
 * connection string it replayed migrations into the main database.
 */
export function postgresqlEngineFactory(serverUrl: string): TrackedAdapterFactory {
  const opened: SqlDriverAdapter[] = [];
  const shadows: TemporaryDatabase[] = [];
  const open = async (url: string) => {
    const adapter = wrap(await new PrismaPg(charAsTextPool(url), { disposeExternalPool: true }).connect());
    opened.push(adapter);
    return adapter;
  };

  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    // Diffing never writes the main database; it is the server's database named in the URL.
    connect: () => open(serverUrl),
    connectToShadowDb: async () => {
      const shadow = await createTemporaryDatabase(serverUrl, 'gatehouse_shadow');
      shadows.push(shadow);
      return open(shadow.url);
    },
  };

  return {
    factory,
    async disposeAll() {
      for (const adapter of opened.splice(0)) await adapter.dispose();
      for (const shadow of shadows.splice(0)) await shadow.drop();
    },
  };
}

/** A pool whose results report `"char"` columns as text (pg leaves their values strings). */
function charAsTextPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url });
  // Patched on the instance: pg's overloads of query() cannot be re-declared by a subclass.
  // adapter-pg only calls the promise form.
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult>;
  Object.assign(pool, {
    query: async (...args: unknown[]) => {
      const result = await query(...args);
      for (const field of result.fields ?? []) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
      return result;
    },
  });
  return pool;
}

function wrap(adapter: SqlDriverAdapter & { underlyingDriver(): pg.Pool }): SqlDriverAdapter {
  const pool = adapter.underlyingDriver();
  const script = async (sql: string) => {
    await pool.query(sql);
  };
  let disposed: Promise<void> | undefined;
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: async (query: SqlQuery) => {
      if (query.args.length > 0) return adapter.executeRaw(query);
      await script(query.sql);
      return 0;
    },
    executeScript: script,
    startTransaction: (isolationLevel) => adapter.startTransaction(isolationLevel),
    getConnectionInfo: () => adapter.getConnectionInfo!(),
    dispose: () => (disposed ??= adapter.dispose()),
  };
}
