import { loadConfig, type GatehouseConfig } from '@gatehouse/config';
import { applyMigrations, createPrismaClient, type PrismaClient } from '@gatehouse/db';
import { createIdp, portalAccountsOverHttp, type Idp } from '@gatehouse/idp';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { pino, type Logger } from 'pino';
import { DEMO_ACCOUNTS } from '../seed/demo-accounts.ts';
import { loadDemoData } from '../seed/load-demo-data.ts';
import type { ApiMetrics } from '../server/api-metrics.ts';
import { createApiServer, type ApiServer } from '../server/create-api-server.ts';
import { newTestDatabase, onPostgresql } from './test-database.ts';

export interface GqlResult<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * The API as integration tests use it: a real migrated database of its own (a SQLite file in a
 * temp dir, or a fresh PostgreSQL database with GATEHOUSE_TEST_DATABASE=postgresql; see
 * test-database.ts), the real embedded IdP over HTTP, the demo data, and a GraphQL client that
 * keeps a cookie per caller.
 */
export interface ApiHarness {
  db: PrismaClient;
  idp: Idp;
  api: ApiServer;
  /** What a second API replica on the same database needs (api-replica.ts). */
  config: GatehouseConfig;
  encryptionKey: Buffer;
  dataDir: string;
  /** The API's DATABASE_URL, for a second connection as another process would open. */
  databaseUrl: string;
  url: string;
  /**
   * Everything the portal database holds, as someone with the disk would read it: the SQLite
   * files (WAL included), or on PostgreSQL every row of every table as text.
   */
  everythingStored(): Promise<Buffer>;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, cookie?: string): Promise<GqlResult<T>>;
  signIn(email: string, password: string): Promise<string>;
  signInAs(who: keyof typeof DEMO_ACCOUNTS): Promise<string>;
  close(): Promise<void>;
}

export interface ApiHarnessOptions {
  /** Where the API logs (silent by default); security tests capture it. */
  logger?: Logger;
  /** The embedded IdP then requires this initial access token for registration. */
  idpInitialAccessToken?: string;
  /** Extra environment, e.g. GATEHOUSE_MODE. */
  env?: Record<string, string>;
  /** Called for every SQL statement the API sends (createPrismaClient's onQuery). */
  onQuery?: () => void;
  /** Redis shared with other replicas (as REDIS_URL gives main.ts); the caller closes it. */
  redis?: Redis;
  /** Prometheus metrics, as API_METRICS_PORT turns them on in main.ts. */
  metrics?: ApiMetrics;
}

export async function startApiHarness(options: ApiHarnessOptions = {}): Promise<ApiHarness> {
  const dataDir = await mkdtemp(join(tmpdir(), 'gatehouse-api-'));
  // As `npm start` runs them: people sign in at the IdP with their portal account, checked by
  // this API over its internal endpoint (known once it listens).
  const internalToken = randomBytes(32).toString('base64url');
  let apiOrigin = '';
  const idp = await createIdp({
    accounts: portalAccountsOverHttp({ apiUrl: () => apiOrigin, token: internalToken }),
    internalToken,
    issuer: 'http://127.0.0.1:0/oauth/v2/oauth-anonymous',
    dbPath: join(dataDir, 'idp.db'),
    audience: 'http://127.0.0.1:8080',
    initialAccessToken: options.idpInitialAccessToken,
    // As the local stack runs it: the demo data asks for the seed guide's `token` response type.
    substituteResponseTypes: true,
  });
  await idp.listen(0, '127.0.0.1');
  const database = await newTestDatabase(dataDir);
  const config = loadConfig({ GATEHOUSE_DATA_DIR: dataDir, DATABASE_URL: database.url, IDP_ISSUER: idp.issuer, LOG_LEVEL: 'silent', GATEHOUSE_INTERNAL_TOKEN: internalToken, ...options.env });
  await applyMigrations(config.databaseUrl);
  const db = createPrismaClient(config.databaseUrl, { onQuery: options.onQuery });
  const encryptionKey = randomBytes(32);
  const api = await createApiServer({ db, config, encryptionKey, logger: options.logger ?? pino({ level: 'silent' }), redis: options.redis, ...(options.metrics && { metrics: options.metrics }) });
  await loadDemoData(db, config, api.services.secrets);
  await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
  apiOrigin = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
  const url = `${apiOrigin}/graphql`;

  const gql: ApiHarness['gql'] = async (query, variables, cookie) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResult<any>;
  };

  const signIn = async (email: string, password: string) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }',
        variables: { input: { email, password } },
      }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (!setCookie) throw new Error(`sign-in as ${email} failed: ${await res.text()}`);
    return setCookie.split(';')[0]!;
  };

  return {
    db,
    idp,
    api,
    config,
    encryptionKey,
    dataDir,
    databaseUrl: database.url,
    url,
    everythingStored: () => everythingStored(db, dataDir),
    gql,
    signIn,
    signInAs: (who) => signIn(DEMO_ACCOUNTS[who].email, DEMO_ACCOUNTS[who].password),
    async close() {
      await api.close();
      await db.$disconnect();
      await idp.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function everythingStored(db: PrismaClient, dataDir: string): Promise<Buffer> {
  if (!onPostgresql) {
    // The database, its WAL and any rollback journal.
    const files = (await readdir(dataDir)).filter((file) => file.startsWith('gatehouse.db'));
    return Buffer.concat(await Promise.all(files.map((file) => readFile(join(dataDir, file)))));
  }
  // Every table of the schema, each as one XML text of all its rows (query_to_xml runs the SELECT).
  const rows = await db.$queryRaw<{ name: string; content: string }[]>`
    SELECT c.relname AS name, query_to_xml(format('SELECT * FROM %I.%I', n.nspname, c.relname), true, false, '')::text AS content
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = 'r' AND n.nspname = current_schema()`;
  return Buffer.from(rows.map((r) => `${r.name}\n${r.content}`).join('\n'));
}
