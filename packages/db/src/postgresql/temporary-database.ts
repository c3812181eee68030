import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { redactUrl } from '../database-kind.ts';

/**
 * The PostgreSQL server dev tools and tests use for databases of their own: `pnpm db:check` and
 * `pnpm db:new-migration` (shadow databases) and the API's tests on PostgreSQL. Each creates a
 * fresh database there and drops it afterwards; the database in the URL is only connected to.
 */
export function devPostgresUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env['GATEHOUSE_DEV_POSTGRES_URL'] || 'postgresql://postgres@127.0.0.1:5432/test';
}

/** The same server and credentials, another database. */
export function withDatabaseName(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/** Null when a PostgreSQL server answers at `serverUrl` within `timeoutMs`, else why not. */
export async function whyPostgresDoesNotAnswer(serverUrl: string, timeoutMs = 5000): Promise<string | null> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: timeoutMs });
  // An unanswered connection may still emit 'error' after connect() rejected.
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return `PostgreSQL at ${redactUrl(serverUrl)} does not answer (${error instanceof Error ? error.message || error.constructor.name : String(error)})`;
  } finally {
    await client.end().catch(() => {});
  }
}

export interface TemporaryDatabase {
  name: string;
  url: string;
  /** Drops it, ending whatever sessions are still connected (`WITH (FORCE)`). Safe to call twice. */
  drop(): Promise<void>;
}

/**
 * Creates an empty database with a unique name (`<prefix>_<random>`) on the server of `serverUrl`.
 * Names are lower case and unquoted-safe, so they read the same in psql.
 */
export async function createTemporaryDatabase(serverUrl: string, prefix = 'gatehouse_tmp'): Promise<TemporaryDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Not a usable database name: ${name}`);
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  let dropped = false;
  return {
    name,
    url: withDatabaseName(serverUrl, name),
    async drop() {
      if (dropped) return;
      dropped = true;
      await withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function withAdminClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`Cannot reach PostgreSQL at ${redactUrl(serverUrl)}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}
