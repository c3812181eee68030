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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password.ts';
import { DEMO_ACCOUNTS } from '../../seed/demo-accounts.ts';
import { loadDemoData } from '../../seed/load-demo-data.ts';
import { createApiServer, type ApiServer } from '../../server/create-api-server.ts';

// The portal API, the real gateway and the real embedded IdP on one migrated SQLite file: a
// developer registers a client, calls the demo API through the gateway with its token, and reads
// the gateway's counters through GraphQL.
const USAGE_TOKEN = 'usage-token-for-tests-0123456789';

const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};

let dataDir: string;
let db: PrismaClient;
let idp: Idp;
let api: ApiServer;
let gateway: Gateway;
let source: PortalDatabaseSource;
let gatewayUrl: string;
let graphqlUrl: string;
let usageRequests = 0;
const upstream = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'gatehouse-usage-'));
  const upstreamPort = await listen(upstream);
  const databaseUrl = `file:${join(dataDir, 'gatehouse.db')}`;
  await applyMigrations(databaseUrl);
  source = watchPortalDatabase({ databasePath: join(dataDir, 'gatehouse.db') });
  source.start();
  gateway = createGateway({ source, usageEndpoint: { token: USAGE_TOKEN } });
  gateway.server.on('request', (req) => {
    if (req.url?.startsWith('/_gatehouse/usage')) usageRequests++;
  });
  gatewayUrl = `http://127.0.0.1:${await listen(gateway.server)}`;
  idp = await createIdp({ issuer: 'http://127.0.0.1:0/oauth/v2/oauth-anonymous', dbPath: join(dataDir, 'idp.db'), audience: gatewayUrl });
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
  db = createPrismaClient(databaseUrl);
  api = await createApiServer({ db, config, encryptionKey: randomBytes(32), logger: pino({ level: 'silent' }) });
  await loadDemoData(db, config, api.services.secrets);
  graphqlUrl = `http://127.0.0.1:${await listen(api.server)}/graphql`;
});
afterAll(async () => {
  gateway?.server.closeAllConnections();
  await gateway?.close();
  source?.close();
  await api?.close();
  await db?.$disconnect();
  await idp?.close();
  await new Promise((resolve) => upstream.close(resolve));
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function gql(query: string, variables: Record<string, unknown>, cookie: string) {
  const res = await fetch(graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
}

async function signIn(email: string, password: string): Promise<string> {
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }', variables: { input: { email, password } } }),
  });
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

async function createClient(cookie: string): Promise<{ id: string; clientId: string; clientSecret: string }> {
  const { data } = await gql(`{ catalogue { id publicName } }`, {}, cookie);
  const { data: created } = await gql(
    `mutation($input: CreateOAuthClientInput!) { createOAuthClient(input: $input) { __typename ... on CreateOAuthClientSuccess { client { id clientId clientSecret } } } }`,
    { input: { catalogueEntryIds: [data.catalogue[0].id], clientName: 'Usage app', redirectUris: 'https://app.example/cb', idempotencyKey: randomUUID() } },
    cookie,
  );
  return created.createOAuthClient.client;
}

async function callThroughGateway(client: { clientId: string; clientSecret: string }, times: number): Promise<void> {
  const tokenRes = await fetch(idp.endpoints.token, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret }),
  });
  const { access_token: token } = (await tokenRes.json()) as { access_token: string };
  source.poll(); // the gateway learns of the new client now rather than at its next tick
  for (let i = 0; i < times; i++) {
    const res = await fetch(`${gatewayUrl}/curity-api/items`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
  }
}

const USAGE = /* GraphQL */ `
  query Usage($id: ID!) {
    oauthClient(id: $id) {
      usage {
        __typename
        ... on ClientUsage { since requests status2xx status3xx status4xx status5xx averageLatencyMs lastRequestAt latencyBuckets { upToMs count } }
        ... on UsageUnavailable { message }
      }
    }
  }
`;

describe('OAuthClient.usage', () => {
  it("shows the owner the gateway's counts of the client's calls", async () => {
    const developer = await signIn(DEMO_ACCOUNTS.developer.email, DEMO_ACCOUNTS.developer.password);
    const client = await createClient(developer);
    await callThroughGateway(client, 3);

    const { data, errors } = await gql(USAGE, { id: client.id }, developer);
    expect(errors).toBeUndefined();
    const usage = data.oauthClient.usage;
    expect(usage).toMatchObject({ __typename: 'ClientUsage', requests: 3, status2xx: 3, status3xx: 0, status4xx: 0, status5xx: 0 });
    expect(usage.averageLatencyMs).toBeGreaterThan(0);
    expect(usage.latencyBuckets.reduce((sum: number, b: { count: number }) => sum + b.count, 0)).toBe(3);
    expect(usage.latencyBuckets.at(-1).upToMs).toBeNull();
    expect(Date.parse(usage.since)).not.toBeNaN();
    expect(Date.parse(usage.lastRequestAt)).not.toBeNaN();

    // Admins see it too.
    const admin = await signIn(DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.password);
    expect((await gql(USAGE, { id: client.id }, admin)).data.oauthClient.usage.requests).toBe(3);
  });

  it('reads a whole page of clients with one request to the gateway', async () => {
    const developer = await signIn(DEMO_ACCOUNTS.developer.email, DEMO_ACCOUNTS.developer.password);
    await callThroughGateway(await createClient(developer), 1);
    const before = usageRequests;
    const { data } = await gql(`{ myOAuthClients { edges { node { usage { __typename ... on ClientUsage { requests } } } } } }`, {}, developer);
    const usages = data.myOAuthClients.edges.map((e: { node: { usage: unknown } }) => e.node.usage);
    expect(usages.length).toBeGreaterThanOrEqual(2);
    expect(usages.every((u: { __typename: string }) => u.__typename === 'ClientUsage')).toBe(true);
    expect(usageRequests - before).toBe(1);
  });

  it("keeps another developer out: NOT_FOUND, as for the client itself", async () => {
    const owner = await signIn(DEMO_ACCOUNTS.developer.email, DEMO_ACCOUNTS.developer.password);
    const client = await createClient(owner);
    await db.user.create({ data: { email: 'other@gatehouse.test', name: 'Other', role: 'DEVELOPER', passwordHash: await hashPassword('other-developer-pw') } });
    const other = await signIn('other@gatehouse.test', 'other-developer-pw');
    // The client itself is hidden from others; the usage service refuses on its own as well.
    await expect(api.services.usage.forClient({ id: 'someone-else', role: 'DEVELOPER', email: 'x@y.z', name: 'X' }, client.id)).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    const { errors } = await gql(USAGE, { id: client.id }, other);
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
