import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
} from '@prisma/driver-adapter-utils';

export interface TrackedAdapterFactory {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Closes every connection the engine opened through `factory`. */
  disposeAll(): Promise<void>;
}

/**
 * Adapts a better-sqlite3 adapter factory to two habits of the Wasm schema engine:
 *
 * - It replays each migration on the shadow database with one `executeRaw` call holding the whole
 *   migration.sql, but better-sqlite3's `prepare()` takes one statement and throws "The supplied
 *   SQL string contains more than one statement" (surfacing as P3006 "failed to apply cleanly to
 *   the shadow database"). Argument-less SQL on the shadow connection therefore goes to
 *   `executeScript` (better-sqlite3 `exec()`), which runs a batch, like Prisma's native engine.
 *   Statements with arguments cannot be scripts and keep going through `executeRaw`.
 * - It never tells us when it is done with a connection, so we track them and close them after
 *   the command, instead of leaving SQLite files open until garbage collection.
 */
export function trackAdapterFactory(inner: SqlMigrationAwareDriverAdapterFactory): TrackedAdapterFactory {
  const opened: SqlDriverAdapter[] = [];
  const track = (adapter: SqlDriverAdapter) => {
    opened.push(adapter);
    return adapter;
  };

  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => track(await inner.connect()),
    connectToShadowDb: async () => track(runArgumentlessSqlAsScript(await inner.connectToShadowDb())),
  };

  return {
    factory,
    async disposeAll() {
      for (const adapter of opened.splice(0)) await adapter.dispose();
    },
  };
}

function runArgumentlessSqlAsScript(adapter: SqlDriverAdapter): SqlDriverAdapter {
  // Delegating methods rather than a Proxy or subclass: the adapter keeps its state in private
  // class fields, which only work with `this` being the original object.
  const wrapped: SqlDriverAdapter = {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: async (query: SqlQuery) => {
      if (query.args.length > 0) return adapter.executeRaw(query);
      await adapter.executeScript(query.sql);
      // A script reports no row count; the engine ignores it for DDL replay.
      return 0;
    },
    executeScript: (script) => adapter.executeScript(script),
    startTransaction: (isolationLevel) => adapter.startTransaction(isolationLevel),
    dispose: () => adapter.dispose(),
  };
  if (adapter.getConnectionInfo) wrapped.getConnectionInfo = () => adapter.getConnectionInfo!();
  return wrapped;
}
