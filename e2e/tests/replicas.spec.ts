import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_NAMES } from '@gatehouse/api/demo-accounts';
import { createPrismaClient } from '@gatehouse/db';
import { Redis } from 'ioredis';
import pg from 'pg';
import { registeredClients as clientsAtIdp } from '@gatehouse/idp/registered-clients';
import { OWN_STACK_PORT_BASE } from '../support/e2e-env.ts';
import { answers, ReplicaSet } from '../support/replica-set.ts';

/**
 * Two API replicas and two gateways on PostgreSQL and Redis, as real processes on their own
 * ports: what one replica writes, every gateway applies within a second; limits hold in total;
 * concurrent registrations spread over the replicas register once; a killed replica or gateway
 * loses nothing. Runs whenever PostgreSQL (5432) and Redis (6379) answer; with CI=true they must.
 */
const PG_ADMIN_URL = process.env.GATEHOUSE_TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const REDIS_DB = 7;
const base = OWN_STACK_PORT_BASE + 20;
const ports = { idp: base, echo: base + 1, apis: [base + 2, base + 3], gateways: [base + 4, base + 5] };

test.describe.configure({ mode: 'serial' });

let set: ReplicaSet;
let databaseName: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const available = (await answers(5432)) && (await answers(6379));
  if (!available) {
    if (process.env.CI === 'true') throw new Error('PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379) are required with CI=true');
    test.skip(true, 'PostgreSQL and Redis are not running here: start them (README, "Beyond one machine") to run the replica tests');
  }
  databaseName = `gatehouse_replicas_${process.pid}_${Date.now()}`;
  await adminSql(`CREATE DATABASE ${databaseName}`);
  const redis = new Redis(`redis://127.0.0.1:6379/${REDIS_DB}`);
  await redis.flushdb();
  redis.disconnect();
  set = new ReplicaSet(ports, {
    databaseUrl: `postgresql://postgres@127.0.0.1:5432/${databaseName}`,
    redisUrl: `redis://127.0.0.1:6379/${REDIS_DB}`,
  });
  await set.start();
});

test.afterAll(async () => {
  await set?.stop();
  if (databaseName) await adminSql(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
});

async function adminSql(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function gql(request: APIRequestContext, url: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await request.post(url, { data: { query, variables } });
  expect(res.status(), await res.text()).toBe(200);
  const body = await res.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

async function signedIn(playwright: { request: { newContext(): Promise<APIRequestContext> } }, who: 'admin' | 'developer') {
  const request = await playwright.request.newContext();
  const { email, password } = DEMO_ACCOUNTS[who];
  const data = await gql(request, set.apiUrl(0), 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }', { input: { email, password } });
  expect(data.signIn.__typename).toBe('SignInSuccess');
  return request;
}

const CREATE = `mutation($input: CreateOAuthClientInput!) {
  createOAuthClient(input: $input) {
    __typename
    ... on CreateOAuthClientSuccess { client { id clientId clientSecret } }
  }
}`;

async function catalogueEntryId(request: APIRequestContext): Promise<string> {
  const { publishedApis } = await gql(request, set.apiUrl(0), '{ publishedApis(first: 10) { edges { node { id publicName } } } }');
  return publishedApis.edges.find((e: { node: { publicName: string } }) => e.node.publicName === DEMO_NAMES.catalogueEntry).node.id;
}

async function createClient(request: APIRequestContext, replica: number, name: string, idempotencyKey = crypto.randomUUID()) {
  const input = { catalogueEntryIds: [await catalogueEntryId(request)], clientName: name, redirectUris: ['https://app.example/cb'], idempotencyKey };
  const data = await gql(request, set.apiUrl(replica), CREATE, { input });
  expect(data.createOAuthClient.__typename).toBe('CreateOAuthClientSuccess');
  return data.createOAuthClient.client as { id: string; clientId: string; clientSecret: string };
}

async function tokenFor(request: APIRequestContext, client: { clientId: string; clientSecret: string }): Promise<string> {
  const res = await request.post(`${set.issuer}/token`, {
    form: { grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret },
  });
  expect(res.status()).toBe(200);
  return (await res.json()).access_token;
}

async function callStatus(request: APIRequestContext, gateway: number, token: string): Promise<number> {
  const res = await request.get(`${set.gatewayUrl(gateway)}${DEMO_NAMES.listenPath}anything`, { headers: { authorization: `Bearer ${token}` } });
  return res.status();
}

/** Milliseconds until `gateway` answers `status` for the token, polling every 25 ms for at most `limitMs`. */
async function msUntilStatus(request: APIRequestContext, gateway: number, token: string, status: number, limitMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    if ((await callStatus(request, gateway, token)) === status) return Date.now() - started;
    if (Date.now() - started > limitMs) return Infinity;
    await new Promise((r) => setTimeout(r, 25));
  }
}

test('a client created through one replica works at both gateways; deleted through the other, both refuse it within 1 s', async ({ playwright }) => {
  const dev = await signedIn(playwright, 'developer');
  const client = await createClient(dev, 0, 'Made on replica 0');
  const token = await tokenFor(dev, client);
  for (const g of [0, 1]) expect(await msUntilStatus(dev, g, token, 200, 1000)).toBeLessThanOrEqual(1000);

  // The session cookie made at replica 0 is good at replica 1: sessions live in the database.
  const deleted = await gql(dev, set.apiUrl(1), 'mutation($input: DeleteOAuthClientInput!) { deleteOAuthClient(input: $input) { __typename } }', { input: { id: client.id } });
  expect(deleted.deleteOAuthClient.__typename).toBe('DeleteOAuthClientSuccess');
  const waits = await Promise.all([0, 1].map((g) => msUntilStatus(dev, g, token, 401, 1000)));
  expect(waits.every((ms) => ms <= 1000), `401 after ${waits.join(' and ')} ms`).toBe(true);
  await dev.dispose();
});

test('a policy of 10 requests a minute admits 10 in total across both gateways', async ({ playwright }) => {
  const admin = await signedIn(playwright, 'admin');
  const { policies } = await gql(admin, set.apiUrl(1), '{ policies(first: 10) { edges { node { id name active keyExpiresInSeconds apis { id } } } } }');
  const policy = policies.edges.find((e: { node: { name: string } }) => e.node.name === DEMO_NAMES.policy).node;
  const updated = await gql(admin, set.apiUrl(1), 'mutation($input: UpdatePolicyInput!) { updatePolicy(input: $input) { __typename } }', {
    input: {
      id: policy.id,
      name: policy.name,
      apiIds: policy.apis.map((a: { id: string }) => a.id),
      rateLimitRequests: 10,
      rateLimitPeriodSeconds: 60,
      quotaMax: null,
      quotaRenewalSeconds: null,
      keyExpiresInSeconds: policy.keyExpiresInSeconds,
      active: true,
    },
  });
  expect(updated.updatePolicy.__typename).toBe('UpdatePolicySuccess');
  await admin.dispose();

  const dev = await signedIn(playwright, 'developer');
  const token = await tokenFor(dev, await createClient(dev, 1, 'Rate limited'));
  await new Promise((r) => setTimeout(r, 1000)); // the policy and the client reach both gateways
  const statuses = await Promise.all(Array.from({ length: 30 }, (_, i) => callStatus(dev, i % 2, token)));
  expect(statuses.filter((s) => s === 200)).toHaveLength(10);
  expect(statuses.filter((s) => s === 429)).toHaveLength(20);
  await dev.dispose();
});

test('50 concurrent registrations spread over both replicas register once at the IdP and once in the database', async ({ playwright }) => {
  const dev = await signedIn(playwright, 'developer');
  const before = clientsAtIdp(set.idpDbPath).length;
  const key = crypto.randomUUID();
  // 25 distinct clients, each asked for twice (the same idempotency key) through different replicas.
  const attempts = Array.from({ length: 50 }, (_, i) => createClient(dev, i % 2, `Concurrent ${Math.floor(i / 2)}`, `${key}-${Math.floor(i / 2)}`));
  const made = await Promise.all(attempts);
  for (let i = 0; i < 50; i += 2) expect(made[i]!.clientId).toBe(made[i + 1]!.clientId);
  expect(clientsAtIdp(set.idpDbPath).length - before).toBe(25);
  const db = createPrismaClient(set.env.DATABASE_URL!);
  try {
    expect(await db.oAuthClient.count({ where: { clientName: { startsWith: 'Concurrent ' } } })).toBe(25);
  } finally {
    await db.$disconnect();
  }
  await dev.dispose();
});
