import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_NAMES } from '@gatehouse/api/demo-accounts';
import { OWN_STACK_PORT_BASE } from '../support/e2e-env.ts';
import { gql } from '../support/graphql-request.ts';
import { missingEngineBinaries, PrivatePostgres, PrivateRedis } from '../support/private-engines.ts';
import { ReplicaSet } from '../support/replica-set.ts';

/**
 * Two API replicas and two gateways under steady load while Redis, then PostgreSQL, is
 * restarted: requests fail clearly (never hang) for the outage's length only, and every process
 * recovers by itself. The servers restarted are private ones started for this test, never the
 * shared ones on 5432/6379.
 */
const base = OWN_STACK_PORT_BASE + 30;
const ports = { idp: base, echo: base + 1, apis: [base + 2, base + 3], gateways: [base + 4, base + 5] };
/** How long each server stays down. */
const OUTAGE_MS = 3000;
/**
 * The longest any request may take, outage or not: a clear answer, not a hang (a hang would run
 * into the 15 s request timeout). Generous, as the machine may be busy with other work.
 */
const MAX_ANSWER_MS = 5000;
/** After the server is back, every request succeeds within this long. */
const RECOVERY_MS = 8000;

test.describe.configure({ mode: 'serial' });

let postgres: PrivatePostgres | undefined;
let redis: PrivateRedis | undefined;
let set: ReplicaSet | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const missing = await missingEngineBinaries();
  if (missing.length > 0) {
    const message = `restarting PostgreSQL and Redis needs private servers of the test's own, and ${missing.join(', ')} is missing (apt-get install postgresql-15 redis-server)`;
    if (process.env.CI === 'true') throw new Error(message);
    test.skip(true, message);
  }
  [postgres, redis] = await Promise.all([PrivatePostgres.start(), PrivateRedis.start()]);
  set = new ReplicaSet(ports, { databaseUrl: postgres.url(), redisUrl: redis.url });
  await set.start();
});

test.afterAll(async () => {
  await set?.stop();
  await Promise.all([postgres?.destroy(), redis?.stop()]);
});

interface Sample {
  /** When the request was sent and answered (ms since the epoch). */
  sent: number;
  answered: number;
  what: string;
  ok: boolean;
  /** The status and, for failures, the error a client reads. */
  detail: string;
}

const PUBLISHED = '{ publishedApis(first: 10) { edges { node { id publicName } } } }';

async function signedIn(playwright: { request: { newContext(options?: { timeout?: number }): Promise<APIRequestContext> } }, who: 'admin' | 'developer') {
  const request = await playwright.request.newContext({ timeout: 15_000 });
  const { email, password } = DEMO_ACCOUNTS[who];
  const data = await gql(request, set!.apiUrl(0), 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }', { input: { email, password } });
  expect(data.signIn.__typename).toBe('SignInSuccess');
  return request;
}

async function createClient(request: APIRequestContext, name: string) {
  const { publishedApis } = await gql(request, set!.apiUrl(1), PUBLISHED);
  const entry = publishedApis.edges.find((e: { node: { publicName: string } }) => e.node.publicName === DEMO_NAMES.catalogueEntry).node;
  const input = { catalogueEntryIds: [entry.id], clientName: name, redirectUris: ['https://app.example/cb'], idempotencyKey: crypto.randomUUID() };
  const data = await gql(request, set!.apiUrl(1), 'mutation($input: CreateOAuthClientInput!) { createOAuthClient(input: $input) { __typename ... on CreateOAuthClientSuccess { client { clientId clientSecret } } } }', { input });
  expect(data.createOAuthClient.__typename).toBe('CreateOAuthClientSuccess');
  const client = data.createOAuthClient.client as { clientId: string; clientSecret: string };
  const res = await request.post(`${set!.issuer}/token`, { form: { grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret } });
  expect(res.status()).toBe(200);
  return (await res.json()).access_token as string;
}

/** Gives the demo policy a rate limit no test reaches, so every gateway call goes through the limits. */
async function limitDemoPolicy(admin: APIRequestContext) {
  const { policies } = await gql(admin, set!.apiUrl(0), '{ policies(first: 10) { edges { node { id name keyExpiresInSeconds apis { id } } } } }');
  const policy = policies.edges.find((e: { node: { name: string } }) => e.node.name === DEMO_NAMES.policy).node;
  const input = {
    id: policy.id,
    name: policy.name,
    apiIds: policy.apis.map((a: { id: string }) => a.id),
    rateLimitRequests: 1_000_000,
    rateLimitPeriodSeconds: 60,
    quotaMax: null,
    quotaRenewalSeconds: null,
    keyExpiresInSeconds: policy.keyExpiresInSeconds,
    active: true,
  };
  const data = await gql(admin, set!.apiUrl(0), 'mutation($input: UpdatePolicyInput!) { updatePolicy(input: $input) { __typename } }', { input });
  expect(data.updatePolicy.__typename).toBe('UpdatePolicySuccess');
}

/** Gateway calls with a valid token and GraphQL reads through the API, alternating replicas, until stopped. */
function steadyLoad(request: APIRequestContext, token: string) {
  const samples: Sample[] = [];
  let running = true;
  const loop = async (what: 'gateway' | 'api', i: number) => {
    for (let n = 0; running; n++) {
      const target = (n + i) % 2;
      const sent = Date.now();
      let ok = false;
      let detail: string;
      try {
        if (what === 'gateway') {
          const res = await request.get(`${set!.gatewayUrl(target)}${DEMO_NAMES.listenPath}anything`, { headers: { authorization: `Bearer ${token}` } });
          ok = res.status() === 200;
          detail = ok ? '200' : `${res.status()} ${await res.text()}`;
        } else {
          const res = await request.post(set!.apiUrl(target), { data: { query: PUBLISHED } });
          const body = await res.json().catch(() => null);
          ok = res.status() === 200 && body?.data?.publishedApis && !body.errors;
          detail = ok ? '200' : `${res.status()} ${JSON.stringify(body?.errors ?? body)}`;
        }
      } catch (error) {
        detail = `no answer: ${(error as Error).message.split('\n')[0]}`;
      }
      samples.push({ sent, answered: Date.now(), what: `${what} ${target}`, ok, detail });
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const loops = [loop('gateway', 0), loop('gateway', 1), loop('api', 0), loop('api', 1)];
  return {
    samples,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

async function health(request: APIRequestContext, gateway: number) {
  return (await request.get(`${set!.gatewayUrl(gateway)}/healthz`)).json();
}

/**
 * Milliseconds from `since` (the server answering again) until the last failed request was
 * answered, once every request of the last second has succeeded.
 */
async function recovery(samples: Sample[], since: number) {
  await expect
    .poll(
      () => {
        const last = samples.filter((s) => s.sent >= Date.now() - 1000);
        return last.length > 8 && last.every((s) => s.ok);
      },
      { timeout: RECOVERY_MS + 5000, intervals: [100] },
    )
    .toBe(true);
  const lastFailure = samples.filter((s) => s.sent >= since && !s.ok).at(-1);
  return lastFailure ? Math.max(0, lastFailure.answered - since) : 0;
}

function summary(samples: Sample[]) {
  const counts = new Map<string, number>();
  for (const s of samples) if (!s.ok) counts.set(`${s.what}: ${s.detail.slice(0, 160)}`, (counts.get(`${s.what}: ${s.detail.slice(0, 160)}`) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${n} x ${k}`).join('\n');
}

test('Redis, then PostgreSQL, restarted under load: clear errors while each is down, every process recovers by itself', async ({ playwright }) => {
  test.setTimeout(120_000);
  const admin = await signedIn(playwright, 'admin');
  await limitDemoPolicy(admin);
  const dev = await signedIn(playwright, 'developer');
  const token = await createClient(dev, 'Before the restarts');
  await expect.poll(async () => (await dev.get(`${set!.gatewayUrl(1)}${DEMO_NAMES.listenPath}anything`, { headers: { authorization: `Bearer ${token}` } })).status()).toBe(200);

  const load = steadyLoad(dev, token);
  await new Promise((r) => setTimeout(r, 1000));
  expect(load.samples.every((s) => s.ok), summary(load.samples)).toBe(true);

  // Redis down: the gateways' limits fail open (the default: counted in each gateway's memory), the API's
  // GraphQL rate limits admit requests, so API traffic and reads go on.
  const redisDown = Date.now();
  await redis!.stop();
  await expect.poll(async () => (await health(dev, 0)).limits.available, { timeout: OUTAGE_MS }).toBe(false);
  expect((await health(dev, 1)).limits).toMatchObject({ store: 'redis', failMode: 'open' });
  await new Promise((r) => setTimeout(r, Math.max(0, OUTAGE_MS - (Date.now() - redisDown))));
  await redis!.start();
  const redisBack = Date.now();
  const redisRecoveryMs = await recovery(load.samples, redisBack);
  await expect.poll(async () => [(await health(dev, 0)).limits.available, (await health(dev, 1)).limits.available], { timeout: RECOVERY_MS, intervals: [100] }).toEqual([true, true]);
  const limitsBackMs = Date.now() - redisBack;
  const duringRedis = load.samples.filter((s) => s.sent >= redisDown && s.sent < redisBack);
  expect(duringRedis.filter((s) => s.what.startsWith('gateway')).every((s) => s.ok), summary(duringRedis)).toBe(true);

  // PostgreSQL down: gateways keep serving their last snapshot (stale), the API answers each
  // request at once with an error saying the database is unreachable.
  const pgDown = Date.now();
  await postgres!.stop();
  await expect.poll(async () => (await health(dev, 0)).portal.stale, { timeout: OUTAGE_MS }).toBe(true);
  expect((await health(dev, 1)).portal).toMatchObject({ source: 'postgresql', stale: true });
  await new Promise((r) => setTimeout(r, Math.max(0, OUTAGE_MS - (Date.now() - pgDown))));
  await postgres!.start();
  const pgBack = Date.now();
  const pgRecoveryMs = await recovery(load.samples, pgBack);
  await expect.poll(async () => [(await health(dev, 0)).portal.stale, (await health(dev, 1)).portal.stale], { timeout: RECOVERY_MS, intervals: [100] }).toEqual([false, false]);
  const snapshotsBackMs = Date.now() - pgBack;
  await load.stop();

  const duringPg = load.samples.filter((s) => s.sent >= pgDown && s.sent < pgBack);
  expect(duringPg.filter((s) => s.what.startsWith('gateway')).every((s) => s.ok), summary(duringPg)).toBe(true);
  const apiDuringPg = duringPg.filter((s) => s.what.startsWith('api'));
  expect(apiDuringPg.some((s) => !s.ok), 'the API noticed PostgreSQL was down').toBe(true);
  for (const s of apiDuringPg.filter((s) => !s.ok)) {
    expect(s.detail, 'a failed read says the database is unavailable').toMatch(/^503 .*"code":"DATABASE_UNAVAILABLE"/);
  }
  // Never a hang: every request, during either outage or not, was answered promptly.
  const slowest = load.samples.reduce((max, s) => Math.max(max, s.answered - s.sent), 0);
  expect(slowest, 'the longest wait for an answer (ms)').toBeLessThanOrEqual(MAX_ANSWER_MS);
  expect(redisRecoveryMs).toBeLessThanOrEqual(RECOVERY_MS);
  expect(pgRecoveryMs).toBeLessThanOrEqual(RECOVERY_MS);
  test.info().annotations.push({
    type: 'recovery',
    description:
      `${load.samples.length} requests; ${apiDuringPg.filter((s) => !s.ok).length} of ${apiDuringPg.length} API reads refused with 503 while PostgreSQL was down; ` +
      `every request succeeded again ${redisRecoveryMs} ms after Redis was back (both gateways' Redis limits back within ${limitsBackMs} ms) ` +
      `and ${pgRecoveryMs} ms after PostgreSQL was back (both snapshots fresh within ${snapshotsBackMs} ms); slowest answer ${slowest} ms`,
  });
  console.log(test.info().annotations.at(-1)!.description);

  // Both gateways LISTEN again: a client created now works at each within a second or two.
  const after = await createClient(dev, 'After the restarts');
  for (const g of [0, 1]) {
    await expect
      .poll(async () => (await dev.get(`${set!.gatewayUrl(g)}${DEMO_NAMES.listenPath}anything`, { headers: { authorization: `Bearer ${after}` } })).status(), { timeout: 2000, intervals: [50] })
      .toBe(200);
  }
  await Promise.all([admin.dispose(), dev.dispose()]);
});
