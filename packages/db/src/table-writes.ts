import type { PrismaClient } from './generated/prisma/client.ts';

/**
 * Which tables have been written, as a version number per table, so that caches of answers read
 * from the database know when to read again (docs/decisions/012-answer-cache.md). Callers
 * `refresh()` before they take a version.
 *
 * On SQLite, every statement Prisma sends passes through the serialized adapter, which reports the
 * table each INSERT, UPDATE or DELETE names (`recordStatement`). It is recorded once the statement
 * has run: a reader that took the version before then keys its answer by a version that is
 * already out of date, and one that takes it after reads the new rows. A write inside an
 * interactive transaction counts before the COMMIT; that is still safe because the adapter makes
 * every other query of the process wait for an open transaction to end
 * (serialized-sqlite-adapter.ts). Commits by any other connection (another process, a hand-run
 * sqlite3, a test editing the file) cannot be attributed to a table, so they move every table:
 * `refresh()` asks SQLite's `PRAGMA data_version` on this process's own connection, which changes
 * only when another connection has committed (https://www.sqlite.org/pragma.html#pragma_data_version).
 *
 * On PostgreSQL, every committed write of any connection, this process's included, is announced
 * with its table by a trigger (postgresql/change-notifications.ts) and heard by a LISTEN
 * connection (postgresql/change-listener.ts). `refresh()` makes one round trip on that connection,
 * after which every announcement committed before the call has arrived. While it is not
 * listening, nothing can be known, so every refresh moves every table (nothing is kept).
 */
export class TableWrites {
  #latest = 0;
  /** Version of the last write whose table could not be told: it may have written any. */
  #unknown = 0;
  readonly #byTable = new Map<string, number>();
  #sync: (() => Promise<void>) | undefined;

  /**
   * SQLite: called by the adapter once its connection is open, with a way to read
   * `PRAGMA data_version` on it. Whatever was cached before is dropped: commits by others until
   * now were not watched.
   */
  watchOtherConnections(probe: () => Promise<number>): void {
    let dataVersion: number | undefined;
    this.#sync = async () => {
      const now = await probe();
      if (dataVersion !== undefined && now !== dataVersion) this.moveAll();
      dataVersion = now;
    };
    this.moveAll();
  }

  /**
   * PostgreSQL: writes arrive as `recordTable` / `moveAll` calls from a listener, and `sync`
   * resolves once every write committed before it was called has arrived.
   */
  followAnnouncements(sync: () => Promise<void>): void {
    this.#sync = sync;
    this.moveAll();
  }

  /** Notices commits made by other connections since the last call. */
  async refresh(): Promise<void> {
    await this.#sync?.();
  }

  /** Notes a statement that has run; reads are ignored. */
  recordStatement(sql: string): void {
    if (READ.test(sql)) return;
    const table = WRITE.exec(sql)?.[1];
    if (table) this.recordTable(table);
    else this.moveAll();
  }

  /** `table` (a Prisma model name) was written. */
  recordTable(table: string): void {
    this.#byTable.set(table, ++this.#latest);
  }

  /** Any table may have been written. */
  moveAll(): void {
    this.#unknown = ++this.#latest;
  }

  /** Changes whenever one of `tables` (Prisma model names) is written. */
  versionOf(tables: readonly string[]): number {
    let version = this.#unknown;
    for (const table of tables) version = Math.max(version, this.#byTable.get(table) ?? 0);
    return version;
  }

  /** Changes whenever any table but `ignored` is written. */
  versionExcept(ignored: ReadonlySet<string>): number {
    let version = this.#unknown;
    for (const [table, written] of this.#byTable) if (!ignored.has(table)) version = Math.max(version, written);
    return version;
  }
}

/** Statements that change nothing: Prisma's reads and transaction control. */
const READ = /^\s*(?:SELECT|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA\s+\w+\s*$)/i;
/**
 * The table of an INSERT/REPLACE/UPDATE/DELETE as Prisma writes it (`main`.`User`) or by hand
 * ("User"). Anything else (a CTE, DDL, a multi-statement script) counts as a write to every table.
 */
const WRITE = /^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+(?:[`"[]?\w+[`"\]]?\.)?[`"[]?(\w+)[`"\]]?/i;

const registry = new WeakMap<PrismaClient, TableWrites>();

/** The write log of a client made by createPrismaClient (either database). */
export function tableWritesOf(db: PrismaClient): TableWrites | undefined {
  return registry.get(db);
}

export function registerTableWrites(db: PrismaClient, writes: TableWrites): void {
  registry.set(db, writes);
}
