import type { IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';
import { reusePreparedStatements } from './reuse-prepared-statements.ts';
import type { TableWrites } from './table-writes.ts';

/**
 * Wraps Prisma's better-sqlite3 adapter so that one process shares its one SQLite connection
 * safely between concurrent requests, and so that its write transactions wait for other
 * processes instead of failing with "database is locked".
 *
 * Why, with @prisma/adapter-better-sqlite3 7.10 as it is:
 * - It runs every query on one connection and serializes only transactions against each other.
 *   A query from another request that lands between an interactive transaction's BEGIN and its
 *   COMMIT runs inside that transaction: it reads uncommitted rows, and its writes are rolled
 *   back with the transaction although that request was told they succeeded
 *   (serialized-sqlite-adapter.test.ts shows both). Here every query outside a transaction
 *   waits until no transaction is open, and each transaction holds the connection from BEGIN
 *   to COMMIT. Transactions therefore stay short: no network call inside one (house rule).
 * - It opens transactions with a plain (deferred) BEGIN. In WAL mode a deferred transaction
 *   that read before writing cannot upgrade to a writer once another process (the gateway, a
 *   CLI) committed meanwhile: SQLite answers SQLITE_BUSY at once, and busy_timeout does not
 *   help (https://www.sqlite.org/lang_transaction.html, "BEGIN IMMEDIATE"). BEGIN IMMEDIATE
 *   takes the write lock up front and waits for it up to the busy timeout.
 * - It compiles every statement anew (reuse-prepared-statements.ts keeps them).
 */
export function serializedSqliteAdapter(inner: SqlDriverAdapterFactory, writes?: TableWrites): SqlDriverAdapterFactory {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => {
      const connection = await inner.connect();
      reusePreparedStatements(connection);
      return writes ? serialize(recordingWrites(connection, writes), writes) : serialize(connection);
    },
  };
}

/** Tells `writes` about every statement once it has run (table-writes.ts), in or out of a transaction. */
function recordingWrites(connection: SqlDriverAdapter, writes: TableWrites): SqlDriverAdapter {
  const after = async <T>(sql: string, run: Promise<T>): Promise<T> => {
    try {
      return await run;
    } finally {
      writes.recordStatement(sql);
    }
  };
  const adapter: SqlDriverAdapter = {
    provider: connection.provider,
    adapterName: connection.adapterName,
    queryRaw: (query) => after(query.sql, connection.queryRaw(query)),
    executeRaw: (query) => after(query.sql, connection.executeRaw(query)),
    executeScript: (script) => after(script, connection.executeScript(script)),
    startTransaction: (isolationLevel) => connection.startTransaction(isolationLevel),
    dispose: () => connection.dispose(),
  };
  if (connection.getConnectionInfo) adapter.getConnectionInfo = () => connection.getConnectionInfo!();
  return adapter;
}

/** A FIFO lock: `run` waits for every earlier holder, `hold` keeps it until released. */
class ConnectionLock {
  #tail: Promise<void> = Promise.resolve();

  hold(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const previous = this.#tail;
    this.#tail = previous.then(() => released);
    return previous.then(() => release);
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.hold();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

function serialize(connection: SqlDriverAdapter, writes?: TableWrites): SqlDriverAdapter {
  const lock = new ConnectionLock();
  // Waits for an open transaction like any query: its own commit is not another connection's.
  writes?.watchOtherConnections(async () => {
    const { rows } = await lock.run(() => connection.queryRaw({ sql: 'PRAGMA data_version', args: [], argTypes: [] }));
    return Number(rows[0]?.[0]);
  });
  const adapter: SqlDriverAdapter = {
    provider: connection.provider,
    adapterName: connection.adapterName,
    queryRaw: (query) => lock.run(() => connection.queryRaw(query)),
    executeRaw: (query) => lock.run(() => connection.executeRaw(query)),
    executeScript: (script) => lock.run(() => connection.executeScript(script)),
    startTransaction: async (isolationLevel?: IsolationLevel) => {
      // SQLite transactions are serializable; the stock adapter refuses any other level too.
      if (isolationLevel && isolationLevel !== 'SERIALIZABLE') return connection.startTransaction(isolationLevel);
      const release = await lock.hold();
      try {
        await connection.executeScript('BEGIN IMMEDIATE');
      } catch (error) {
        release();
        throw error;
      }
      return transactionOn(connection, release);
    },
    dispose: () => lock.run(() => connection.dispose()),
  };
  if (connection.getConnectionInfo) adapter.getConnectionInfo = () => connection.getConnectionInfo!();
  return adapter;
}

/**
 * The open transaction: its queries go straight to the connection it holds. Prisma sends COMMIT
 * or ROLLBACK itself (usePhantomQuery: false), then calls commit() or rollback() to let go.
 */
function transactionOn(connection: SqlDriverAdapter, release: () => void): Transaction {
  let done = false;
  const finish = () => {
    if (!done) release();
    done = true;
    return Promise.resolve();
  };
  const sql = (text: string): SqlQuery => ({ sql: text, args: [], argTypes: [] });
  return {
    provider: connection.provider,
    adapterName: connection.adapterName,
    options: { usePhantomQuery: false },
    queryRaw: (query) => connection.queryRaw(query),
    executeRaw: (query) => connection.executeRaw(query),
    commit: finish,
    rollback: finish,
    createSavepoint: async (name) => void (await connection.executeRaw(sql(`SAVEPOINT ${name}`))),
    rollbackToSavepoint: async (name) => void (await connection.executeRaw(sql(`ROLLBACK TO ${name}`))),
    releaseSavepoint: async (name) => void (await connection.executeRaw(sql(`RELEASE SAVEPOINT ${name}`))),
  };
}
