import type { Database, Statement } from 'better-sqlite3';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';

/** Compiled statements kept per connection; Prisma's statements differ by their number of `IN` values. */
const MAX_STATEMENTS = 500;

/**
 * Keeps the statements SQLite has compiled, by SQL text, so a query Prisma sends again is not
 * compiled again. @prisma/adapter-better-sqlite3 7.10 calls `prepare(sql).bind(args)` for every
 * query; compiling was 4% of the API's CPU on the portal's list queries. better-sqlite3 lets
 * `bind` fix a statement's arguments only once, so the adapter gets a statement that hands the
 * arguments to each run instead; it runs them as the adapter asks (`reader`, `columns()`,
 * `run()`, `raw().all()`). A connection that is not better-sqlite3's is left as it is.
 */
export function reusePreparedStatements(connection: SqlDriverAdapter): void {
  const client = (connection as unknown as { client?: unknown }).client;
  if (!isDatabase(client)) return;
  const compiled = new Map<string, Statement>();
  const prepare = client.prepare.bind(client);
  client.prepare = ((sql: string) => {
    let statement = compiled.get(sql);
    if (statement) {
      // Most recently used last, so the oldest is the first one dropped.
      compiled.delete(sql);
    } else {
      statement = prepare(sql);
      if (compiled.size >= MAX_STATEMENTS) compiled.delete(compiled.keys().next().value!);
    }
    compiled.set(sql, statement);
    return new ReusedStatement(statement);
  }) as unknown as Database['prepare'];
}

function isDatabase(value: unknown): value is Database {
  return typeof value === 'object' && value !== null && typeof (value as { prepare?: unknown }).prepare === 'function' && 'inTransaction' in value;
}

/** A compiled statement with this query's arguments, which it passes to each run. */
class ReusedStatement {
  #args: unknown[] = [];
  #raw = false;

  constructor(readonly statement: Statement) {}

  get reader(): boolean {
    return this.statement.reader;
  }

  bind(args: unknown[]): this {
    this.#args = args;
    return this;
  }

  raw(on = true): this {
    this.#raw = on;
    return this;
  }

  columns() {
    return this.statement.columns();
  }

  run() {
    return this.statement.run(...this.#args);
  }

  all() {
    return this.#withMode().all(...this.#args);
  }

  get() {
    return this.#withMode().get(...this.#args);
  }

  #withMode(): Statement {
    // Every use sets the mode, as the statement is shared with the next query of the same text.
    return this.statement.reader ? this.statement.raw(this.#raw) : this.statement;
  }
}
