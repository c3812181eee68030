import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { TableWrites } from '../table-writes.ts';
import { ChangeListener } from './change-listener.ts';

/**
 * Prisma's pg adapter (a pool of connections), plus the LISTEN connection that keeps `writes`
 * up to date (change-listener.ts); it opens with the pool and closes with it ($disconnect).
 */
export function postgresqlAdapter(connectionString: string, writes: TableWrites): SqlDriverAdapterFactory {
  // A pool connection that cannot be made within 5 s fails the query (pg waits forever by
  // default), so a request never hangs on a database that does not answer.
  const inner = new PrismaPg({ connectionString, connectionTimeoutMillis: 5000 });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => {
      const connection = await inner.connect();
      const listener = new ChangeListener(connectionString, writes);
      writes.followAnnouncements(() => listener.sync());
      listener.start();
      // Delegating methods: the adapter keeps state in class fields that need `this` to be it.
      const adapter: SqlDriverAdapter = {
        provider: connection.provider,
        adapterName: connection.adapterName,
        queryRaw: (query) => connection.queryRaw(query),
        executeRaw: (query) => connection.executeRaw(query),
        executeScript: (script) => connection.executeScript(script),
        startTransaction: (isolationLevel) => connection.startTransaction(isolationLevel),
        dispose: async () => {
          await listener.close();
          await connection.dispose();
        },
      };
      if (connection.getConnectionInfo) adapter.getConnectionInfo = () => connection.getConnectionInfo!();
      return adapter;
    },
  };
}
