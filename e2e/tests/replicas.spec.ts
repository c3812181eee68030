import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_NAMES } from '@gatehouse/api/demo-accounts';
import { createPrismaClient } from '@gatehouse/db';
import { Redis } from 'ioredis';
import pg from 'pg';
import { registeredClients as clientsAtIdp } from '@gatehouse/idp/registered-clients';
import { OWN_STACK_PORT_BASE } from '../support/e2e-env.ts';
import { gql } from '../support/graphql-request.ts';
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

/** Runs `sql` as the server's admin and says how many rows it returned or touched. */
async function adminSql(sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return (await client.query(sql)).rowCount ?? 0;
  } finally {
    await client.end();
  }
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

/** Sets the demo policy's rate limit (requests a minute; null for none) through replica 1. */
async function setDemoRateLimit(playwright: { request: { newContext(): Promise<APIRequestContext> } }, perMinute: number | null) {
  const admin = await signedIn(playwright, 'admin');
  const { policies } = await gql(admin, set.apiUrl(1), '{ policies(first: 10) { edges { node { id name active keyExpiresInSeconds apis { id } } } } }');
  const policy = policies.edges.find((e: { node: { name: string } }) => e.node.name === DEMO_NAMES.policy).node;
  const updated = await gql(admin, set.apiUrl(1), 'mutation($input: UpdatePolicyInput!) { updatePolicy(input: $input) { __typename } }', {
    input: {
      id: policy.id,
      name: policy.name,
      apiIds: policy.apis.map((a: { id: string }) => a.id),
      rateLimitRequests: perMinute,
      rateLimitPeriodSeconds: perMinute === null ? null : 60,
      quotaMax: null,
      quotaRenewalSeconds: null,
      keyExpiresInSeconds: policy.keyExpiresInSeconds,
      active: true,
    },
  });
  expect(updated.updatePolicy.__typename).toBe('UpdatePolicySuccess');
  await admin.dispose();
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
  await setDemoRateLimit(playwright, 10);

  const dev = await signedIn(playwright, 'developer');
  const token = await tokenFor(dev, await createClient(dev, 1, 'Rate limited'));
  await new Promise((r) => setTimeout(r, 1000)); // the policy and the client reach both gateways
  const statuses = await Promise.all(Array.from({ length: 30 }, (_, i) => callStatus(dev, i % 2, token)));
  expect(statuses.filter((s) => s === 200)).toHaveLength(10);
  expect(statuses.filter((s) => s === 429)).toHaveLength(20);
  await dev.dispose();
  await setDemoRateLimit(playwright, null);
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

test('one gateway and one API replica killed under load: traffic goes on at the others, no registration lost, no orphan at the IdP', async ({ playwright }) => {
  test.setTimeout(120_000);
  const dev = await signedIn(playwright, 'developer');
  const token = await tokenFor(dev, await createClient(dev, 0, 'Under load'));
  const prefix = `Killed ${Date.now()} `;
  const entryId = await catalogueEntryId(dev);
  let stop = false;
  const calls: number[] = [];
  const callLoop = async () => {
    while (!stop) calls.push(await callStatus(dev, 0, token));
  };
  // Registrations through both replicas; replica 1 dies while some are underway there.
  const answers: { replica: number; clientId: string | null }[] = [];
  const register = async (i: number) => {
    const replica = i % 2;
    const input = { catalogueEntryIds: [entryId], clientName: `${prefix}${i}`, redirectUris: ['https://app.example/cb'], idempotencyKey: crypto.randomUUID() };
    try {
      const res = await dev.post(set.apiUrl(replica), { data: { query: CREATE, variables: { input } } });
      const body = await res.json();
      answers.push({ replica, clientId: body.data?.createOAuthClient?.client?.clientId ?? null });
    } catch {
      answers.push({ replica, clientId: null }); // the replica died with the request
    }
  };
  const loops = [callLoop(), callLoop()];
  const registrations = Array.from({ length: 30 }, (_, i) => new Promise((r) => setTimeout(r, i * 40)).then(() => register(i)));
  await new Promise((r) => setTimeout(r, 500));
  await Promise.all([set.gateways[1]!.kill(), set.apis[1]!.kill()]);
  await Promise.all(registrations);
  await new Promise((r) => setTimeout(r, 1000));
  stop = true;
  await Promise.all(loops);

  expect(calls.length).toBeGreaterThan(20);
  expect(calls.every((s) => s === 200), `statuses at the surviving gateway: ${[...new Set(calls)].join(', ')}`).toBe(true);
  // Every registration sent to the survivor succeeded.
  expect(answers.filter((a) => a.replica === 0).every((a) => a.clientId !== null)).toBe(true);

  // Once the dead replica's leases expire (2 s), the survivor undoes what it left half-made.
  const db = createPrismaClient(set.env.DATABASE_URL!);
  try {
    await expect
      .poll(
        async () => {
          const stored = (await db.oAuthClient.findMany({ where: { clientName: { startsWith: prefix } }, select: { clientId: true } })).map((c) => c.clientId);
          // ADR 009: what the portal could not undo is on the IdP cleanup page, by client_id, or by
          // client name when the replica died before it could note the IdP's answer.
          const journal = await db.idpCleanup.findMany({ where: { clientName: { startsWith: prefix } }, select: { state: true, clientId: true, clientName: true } });
          const accounted = (c: { client_id: string; client_name?: string }) =>
            stored.includes(c.client_id) ||
            journal.some((j) => j.clientId === c.client_id || (j.state === 'OUTCOME_UNKNOWN' && j.clientId === null && j.clientName === c.client_name));
          const atIdp = clientsAtIdp(set.idpDbPath).filter((c) => c.client_name?.startsWith(prefix));
          return {
            orphans: atIdp.filter((c) => !accounted(c)).map((c) => c.client_id),
            storedButGone: stored.filter((id) => !atIdp.some((c) => c.client_id === id)),
            stillRegistering: journal.filter((j) => j.state === 'REGISTERING').length,
          };
        },
        { timeout: 30_000, intervals: [500] },
      )
      .toEqual({ orphans: [], storedButGone: [], stillRegistering: 0 });
    // No registration a developer was told about is lost.
    const stored = (await db.oAuthClient.findMany({ where: { clientName: { startsWith: prefix } }, select: { clientId: true } })).map((c) => c.clientId);
    for (const { clientId } of answers) if (clientId) expect(stored).toContain(clientId);
  } finally {
    await db.$disconnect();
  }
  await dev.dispose();
});

test('every connection to PostgreSQL and Redis cut at once: each process reconnects by itself', async ({ playwright }) => {
  test.setTimeout(60_000);
  const dev = await signedIn(playwright, 'developer');
  const token = await tokenFor(dev, await createClient(dev, 0, 'Outage'));
  // Every connection the processes hold to this test's database and Redis database, cut at once:
  // what a restart of either server looks like to the processes.
  const terminated = await adminSql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${databaseName}' AND pid <> pg_backend_pid()`);
  expect(terminated, 'connections of the API replica and the gateway to PostgreSQL').toBeGreaterThanOrEqual(3);
  const redis = new Redis(`redis://127.0.0.1:6379/${REDIS_DB}`);
  const clients = String(await redis.client('LIST')).split('\n').filter((line) => line.includes(` db=${REDIS_DB} `) && !line.includes('cmd=client'));
  expect(clients.length, 'connections of the API replica and the gateway to Redis').toBeGreaterThanOrEqual(2);
  for (const line of clients) await redis.client('KILL', 'ID', /id=(\d+)/.exec(line)![1]!);
  redis.disconnect();

  // Within seconds, and without a restart: the portal answers, registers, and the gateway serves.
  await expect.poll(async () => (await createClientOrNull(dev, 0, 'After the outage')) !== null, { timeout: 15_000, intervals: [250] }).toBe(true);
  await expect.poll(() => callStatus(dev, 0, token), { timeout: 15_000, intervals: [250] }).toBe(200);
  const health = await (await dev.get(`${set.gatewayUrl(0)}/healthz`)).json();
  expect(health.status).toBe('ok');
  await dev.dispose();
});

async function createClientOrNull(request: APIRequestContext, replica: number, name: string) {
  const input = { catalogueEntryIds: [await catalogueEntryId(request).catch(() => '')], clientName: name, redirectUris: ['https://app.example/cb'], idempotencyKey: crypto.randomUUID() };
  const res = await request.post(set.apiUrl(replica), { data: { query: CREATE, variables: { input } } }).catch(() => null);
  if (!res || res.status() !== 200) return null;
  return (await res.json()).data?.createOAuthClient?.client ?? null;
}
