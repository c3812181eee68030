import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { bindMigrationAwareSqlAdapterFactory, type ErrorRegistry } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { schemaProvider } from '../database-kind.ts';
import { devPostgresUrl } from '../postgresql/temporary-database.ts';
import { loadSchemaEngine } from './load-schema-engine.ts';
import { postgresqlEngineFactory } from './postgresql-engine-adapter.ts';
import { trackAdapterFactory, type TrackedAdapterFactory } from './shadow-database-adapter.ts';

export interface SchemaEngineOptions {
  /** The Prisma schema the engine is constructed with. */
  schema: { path: string; content: string };
  /**
   * The "main" database of a SQLite schema. Diffing a migrations folder against a schema never
   * touches it (the migrations are replayed on an in-memory shadow database), so it defaults to
   * `:memory:`.
   */
  databaseUrl?: string;
  /**
   * For a PostgreSQL schema: the server where each command creates (and then drops) its own
   * shadow database; defaults to devPostgresUrl() (GATEHOUSE_DEV_POSTGRES_URL).
   */
  postgresUrl?: string;
  /** Receives the engine's JSON log lines; silent by default. */
  log?: (line: string) => void;
}

/**
 * Runs `command` with a fresh Wasm schema engine talking to the schema's database (its datasource
 * provider): SQLite through better-sqlite3, or PostgreSQL through pg with a temporary shadow
 * database. Then frees the engine, closes every connection it opened and drops the shadow.
 */
export async function withSchemaEngine<T>(
  options: SchemaEngineOptions,
  command: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const SchemaEngineClass = await loadSchemaEngine();
  const tracked = engineAdapterFactory(options);
  // The engine expects Result-returning adapter methods and an error registry; this is the same
  // binding Prisma's CLI applies to a driver adapter before handing it to the engine.
  const adapter = bindMigrationAwareSqlAdapterFactory(tracked.factory);
  const engine = await SchemaEngineClass.new(
    { datamodels: [[options.schema.path, options.schema.content]] },
    options.log ?? (() => {}),
    adapter,
  );
  try {
    return await command(engine);
  } catch (error) {
    throw withJsErrorsResolved(error, adapter.errorRegistry);
  } finally {
    engine.free();
    await tracked.disposeAll();
  }
}

/**
 * A JavaScript exception inside the adapter reaches us only as "External error id#N"; the
 * exception itself waits in the adapter's error registry. Put its message back in.
 */
function withJsErrorsResolved(error: unknown, registry: ErrorRegistry): unknown {
  if (!(error instanceof Error)) return error;
  const message = error.message.replace(/External error id#(\d+)/g, (text, id: string) => {
    const record = registry.consumeError(Number(id));
    if (!record) return text;
    return record.error instanceof Error ? record.error.message : String(record.error);
  });
  if (message === error.message) return error;
  const resolved = new Error(message, { cause: error });
  if ('code' in error) Object.assign(resolved, { code: error.code });
  return resolved;
}

function engineAdapterFactory(options: SchemaEngineOptions): TrackedAdapterFactory {
  if (schemaProvider(options.schema.content) === 'postgresql') return postgresqlEngineFactory(options.postgresUrl ?? devPostgresUrl());
  return trackAdapterFactory(new PrismaBetterSqlite3({ url: options.databaseUrl ?? ':memory:' }));
}
