import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@gatehouse/config';
import { applyMigrations, createPrismaClient, type PrismaClient } from '@gatehouse/db';
import { createGateway, watchPortalDatabase, type Gateway, type PortalDatabaseSource } from '@gatehouse/gateway';
import { createIdp, type Idp } from '@gatehouse/idp';
import { pino } from 'pino';
import { hashPassword } from '../../auth/password.ts';
import { loadDemoData } from '../../../seed/load-demo-data.ts';
import { createApiServer, type ApiServer } from '../../../server/create-api-server.ts';

export const USAGE_TOKEN = 'usage-token-for-tests-0123456789';

/**
 * The portal API, the real gateway and the real embedded IdP on one migrated SQLite file, with an
 * upstream that answers the status named in the path (`.../status/503`), so calls of every status
 * class can be made through the gateway.
 */
export interface UsageStack {
  db: PrismaClient;
  api: ApiServer;
  gateway: Gateway;
  /** ID of the demo API (`/curity-api/`). */
  demoApiId: string;
  gql(query: string, variables: Record<string, unknown>, cookie: string): Promise<{ data?: any; errors?: { message: string; extensions?: { code?: string } }[] }>;
  signIn(email: string, password: string): Promise<string>;
  /** Creates a developer account and signs it in. */
  newDeveloper(email: string): Promise<string>;
  /** Registers a client for the first catalogue API, as the signed-in developer. */
  createClient(cookie: string): Promise<{ id: string; clientId: string; clientSecret: string }>;
  /** Gets a client-credentials token and calls the demo API through the gateway once per status given. */
  callThroughGateway(client: { clientId: string; clientSecret: string }, statuses: number[]): Promise<void>;
  close(): Promise<void>;
}

const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};

export async function startUsageStack(): Promise<UsageStack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'gatehouse-usage-'));
  const upstream = createServer((req, res) => {
    const status = Number(/\/status\/(\d{3})/.exec(req.url ?? '')?.[1] ?? 200);
    res.writeHead(status, { 'content-type': 'application/json' }).end('{}');
  });
  const upstreamPort = await listen(upstream);
  const databasePath = join(dataDir, 'gatehouse.db');
  await applyMigrations(`file:${databasePath}`);
  const source: PortalDatabaseSource = watchPortalDatabase({ databasePath });
  source.start();
  const gateway = createGateway({ source, usageEndpoint: { token: USAGE_TOKEN } });
  const gatewayUrl = `http://127.0.0.1:${await listen(gateway.server)}`;
  const idp: Idp = await createIdp({ issuer: 'http://127.0.0.1:0/oauth/v2/oauth-anonymous', dbPath: join(dataDir, 'idp.db'), audience: gatewayUrl });
  await idp.listen(0, '127.0.0.1');

  const config = loadConfig({
    GATEHOUSE_DATA_DIR: dataDir,
    IDP_ISSUER: idp.issuer,
    ECHO_PORT: String(upstreamPort),
    GATEWAY_PUBLIC_URL: gatewayUrl,
    GATEWAY_INTERNAL_URL: gatewayUrl,
    GATEWAY_USAGE_TOKEN: USAGE_TOKEN,
    LOG_LEVEL: 'silent',
  });
  const db = createPrismaClient(config.databaseUrl);
  const api = await createApiServer({ db, config, encryptionKey: randomBytes(32), logger: pino({ level: 'silent' }) });
  await loadDemoData(db, config, api.services.secrets);
  const graphqlUrl = `http://127.0.0.1:${await listen(api.server)}/graphql`;
  const demoApi = await db.api.findFirstOrThrow({ where: { listenPath: '/curity-api/' } });

  const gql: UsageStack['gql'] = async (query, variables, cookie) => {
    const res = await fetch(graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
    return (await res.json()) as Awaited<ReturnType<UsageStack['gql']>>;
  };
  const signIn: UsageStack['signIn'] = async (email, password) => {
    const res = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }', variables: { input: { email, password } } }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (!setCookie) throw new Error(`sign-in as ${email} failed: ${await res.text()}`);
    return setCookie.split(';')[0]!;
  };

  return {
    db,
    api,
    gateway,
    demoApiId: demoApi.id,
    gql,
    signIn,
    async newDeveloper(email) {
      await db.user.create({ data: { email, name: email, role: 'DEVELOPER', passwordHash: await hashPassword('developer-password-1') } });
      return signIn(email, 'developer-password-1');
    },
    async createClient(cookie) {
      const { data } = await gql(`{ catalogue { id } }`, {}, cookie);
      const { data: created } = await gql(
        `mutation($input: CreateOAuthClientInput!) { createOAuthClient(input: $input) { __typename ... on CreateOAuthClientSuccess { client { id clientId clientSecret } } } }`,
        { input: { catalogueEntryIds: [data.catalogue[0].id], clientName: 'Usage app', redirectUris: 'https://app.example/cb', idempotencyKey: randomUUID() } },
        cookie,
      );
      return created.createOAuthClient.client;
    },
    async callThroughGateway(client, statuses) {
      const tokenRes = await fetch(idp.endpoints.token, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret }),
      });
      const { access_token: token } = (await tokenRes.json()) as { access_token: string };
      source.poll(); // the gateway learns of the new client now rather than at its next tick
      for (const status of statuses) {
        const res = await fetch(`${gatewayUrl}/curity-api/status/${status}`, { headers: { authorization: `Bearer ${token}` } });
        if (res.status !== status) throw new Error(`expected ${status} through the gateway, got ${res.status}: ${await res.text()}`);
        await res.arrayBuffer();
      }
    },
    async close() {
      gateway.server.closeAllConnections();
      await gateway.close();
      source.close();
      await api.services.usageCollector.stop();
      await api.close();
      await db.$disconnect();
      await idp.close();
      await new Promise((resolve) => upstream.close(resolve));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
