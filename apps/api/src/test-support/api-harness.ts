import { loadConfig } from '@gatehouse/config';
import { applyMigrations, createPrismaClient, type PrismaClient } from '@gatehouse/db';
import { createIdp, type Idp } from '@gatehouse/idp';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino, type Logger } from 'pino';
import { DEMO_ACCOUNTS } from '../seed/demo-accounts.ts';
import { loadDemoData } from '../seed/load-demo-data.ts';
import { createApiServer, type ApiServer } from '../server/create-api-server.ts';

export interface GqlResult<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * The API as integration tests use it: a real migrated SQLite file in a temp dir, the real
 * embedded IdP over HTTP, the demo data, and a GraphQL client that keeps a cookie per caller.
 */
export interface ApiHarness {
  db: PrismaClient;
  idp: Idp;
  api: ApiServer;
  dataDir: string;
  url: string;
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
}

export async function startApiHarness(options: ApiHarnessOptions = {}): Promise<ApiHarness> {
  const dataDir = await mkdtemp(join(tmpdir(), 'gatehouse-api-'));
  const idp = await createIdp({
    issuer: 'http://127.0.0.1:0/oauth/v2/oauth-anonymous',
    dbPath: join(dataDir, 'idp.db'),
    audience: 'http://127.0.0.1:8080',
    initialAccessToken: options.idpInitialAccessToken,
    // As the local stack runs it: the demo data asks for the seed guide's `token` response type.
    substituteResponseTypes: true,
  });
  await idp.listen(0, '127.0.0.1');
  const config = loadConfig({ GATEHOUSE_DATA_DIR: dataDir, IDP_ISSUER: idp.issuer, LOG_LEVEL: 'silent', ...options.env });
  await applyMigrations(config.databaseUrl);
  const db = createPrismaClient(config.databaseUrl, { onQuery: options.onQuery });
  const api = await createApiServer({ db, config, encryptionKey: randomBytes(32), logger: options.logger ?? pino({ level: 'silent' }) });
  await loadDemoData(db, config, api.services.secrets);
  await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}/graphql`;

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
    dataDir,
    url,
    gql,
    signIn,
    signInAs: (who) => signIn(DEMO_ACCOUNTS[who].email, DEMO_ACCOUNTS[who].password),
    async close() {
      await api.close();
      await db.$disconnect();
      await idp.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
