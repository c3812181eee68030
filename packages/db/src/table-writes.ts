import type { PrismaClient } from './generated/prisma/client.ts';

/**
 * Which tables this process has written, as a version number per table, so that caches of
 * answers read from the database know when to read again (docs/decisions/012-answer-cache.md).
 *
 * Every statement Prisma sends passes through the serialized adapter, which reports the table
 * each INSERT, UPDATE or DELETE names (`recordStatement`). It is recorded once the statement has
 * run: a reader that took the version before then keys its answer by a version that is already
 * out of date, and one that takes it after reads the new rows. A write inside an interactive
 * transaction counts before the COMMIT; that is still safe because the adapter makes every other
 * query of the process wait for an open transaction to end (serialized-sqlite-adapter.ts).
 *
 * Commits by any other connection (another process, a hand-run sqlite3, a test editing the file)
 * cannot be attributed to a table, so they move every table: `refresh()` asks SQLite's
 * `PRAGMA data_version` on this process's own connection, which changes only when another
 * connection has committed (https://www.sqlite.org/pragma.html#pragma_data_version). Callers
 * refresh before they take a version.
 */
export class TableWrites {
  #latest = 0;
  /** Version of the last write whose table could not be told: it may have written any. */
  #unknown = 0;
  readonly #byTable = new Map<string, number>();
  #probe: (() => Promise<number>) | undefined;
  #dataVersion: number | undefined;

  /**
   * Called by the adapter once its connection is open, with a way to read `PRAGMA data_version`
   * on it. Whatever was cached before is dropped: commits by others until now were not watched.
   */
  watchOtherConnections(probe: () => Promise<number>): void {
    this.#probe = probe;
    this.#dataVersion = undefined;
    this.#unknown = ++this.#latest;
  }

  /** Notices commits made by other connections since the last call (every table moves). */
  async refresh(): Promise<void> {
    if (!this.#probe) return;
    const dataVersion = await this.#probe();
    if (this.#dataVersion !== undefined && dataVersion !== this.#dataVersion) this.#unknown = ++this.#latest;
    this.#dataVersion = dataVersion;
  }

  /** Notes a statement that has run; reads are ignored. */
  recordStatement(sql: string): void {
    if (READ.test(sql)) return;
    const version = ++this.#latest;
    const table = WRITE.exec(sql)?.[1];
    if (table) this.#byTable.set(table, version);
    else this.#unknown = version;
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

/** The write log of a client made by createPrismaClient. */
export function tableWritesOf(db: PrismaClient): TableWrites | undefined {
  return registry.get(db);
}

export function registerTableWrites(db: PrismaClient, writes: TableWrites): void {
  registry.set(db, writes);
}
