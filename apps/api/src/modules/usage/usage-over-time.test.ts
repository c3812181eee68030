import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../seed/demo-accounts.ts';
import { GatewayUsageClient } from './gateway-usage.client.ts';
import { startUsageStack, USAGE_TOKEN, type UsageStack } from './test-support/start-usage-stack.ts';
import { UsageBucketsRepo } from './usage-buckets.repo.ts';
import { UsageCollector } from './usage-collector.ts';
import { UsageOverTimeService } from './usage-over-time.service.ts';
import { UsageRepo } from './usage.repo.ts';

// Calls made through the real gateway show up, per minute and status class, in the series the
// portal stores and serves: collected on demand, never counted twice, visible only to the right people.
let stack: UsageStack;
beforeAll(async () => {
  stack = await startUsageStack();
});
afterAll(() => stack?.close());

const COUNTS = 'requests status2xx status3xx status4xx status5xx statusOther averageLatencyMs';
const CLIENT_USAGE = /* GraphQL */ `
  query ClientUsageOverTime($id: ID!, $range: UsageRange!, $bucket: UsageBucketSize) {
    oauthClient(id: $id) {
      usageOverTime(range: $range, bucket: $bucket) {
        __typename
        ... on UsageOverTime { range bucket from to collectedAt upToDate points { start ${COUNTS} } total { ${COUNTS} } }
        ... on ValidationError { message fieldErrors { path message } }
      }
    }
  }
`;
const API_USAGE = /* GraphQL */ `
  query ApiUsageOverTime($apiId: ID!) {
    apiUsageOverTime(apiId: $apiId, range: LAST_HOUR) { ... on UsageOverTime { total { requests status2xx status4xx status5xx } } }
  }
`;

async function clientTotal(id: string, cookie: string) {
  const { data, errors } = await stack.gql(CLIENT_USAGE, { id, range: 'LAST_HOUR' }, cookie);
  expect(errors).toBeUndefined();
  return data.oauthClient.usageOverTime.total;
}

describe('OAuthClient.usageOverTime', () => {
  it('shows the calls made through the gateway a moment ago, per minute and by status class', async () => {
    const developer = await stack.signIn(DEMO_ACCOUNTS.developer.email, DEMO_ACCOUNTS.developer.password);
    const client = await stack.createClient(developer);
    await stack.callThroughGateway(client, [200, 200, 201, 304, 404, 429, 503]);

    const { data, errors } = await stack.gql(CLIENT_USAGE, { id: client.id, range: 'LAST_HOUR' }, developer);
    expect(errors).toBeUndefined();
    const usage = data.oauthClient.usageOverTime;
    expect(usage).toMatchObject({ __typename: 'UsageOverTime', range: 'LAST_HOUR', bucket: 'MINUTE', upToDate: true });
    expect(Date.parse(usage.collectedAt)).not.toBeNaN();
    // 60 one-minute points, oldest first, ending with the minute now filling.
    expect(usage.points).toHaveLength(60);
    expect(Date.parse(usage.to) - Date.parse(usage.from)).toBe(60 * 60_000);
    expect(Date.parse(usage.points[1].start) - Date.parse(usage.points[0].start)).toBe(60_000);
    const busy = usage.points.filter((p: { requests: number }) => p.requests > 0);
    expect(busy.length).toBeGreaterThanOrEqual(1); // two if the calls straddled a minute boundary
    const expected = { requests: 7, status2xx: 3, status3xx: 1, status4xx: 2, status5xx: 1, statusOther: 0 };
    expect(usage.total).toMatchObject(expected);
    expect(usage.total.averageLatencyMs).toBeGreaterThan(0);
    const summed = Object.fromEntries(Object.keys(expected).map((k) => [k, busy.reduce((n: number, p: Record<string, number>) => n + p[k]!, 0)]));
    expect(summed).toEqual(expected);

    // Admins see it too; the 24-hour view has 24 hourly points with the same total.
    const admin = await stack.signIn(DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.password);
    const day = await stack.gql(CLIENT_USAGE, { id: client.id, range: 'LAST_24_HOURS' }, admin);
    expect(day.data?.oauthClient.usageOverTime).toMatchObject({ bucket: 'HOUR', total: expected });
    expect(day.data?.oauthClient.usageOverTime.points).toHaveLength(24);
  });

  it('never counts a collected minute twice: collecting again, acknowledging, or after an API restart', async () => {
    const developer = await stack.signIn(DEMO_ACCOUNTS.developer.email, DEMO_ACCOUNTS.developer.password);
    const client = await stack.createClient(developer);
    await stack.callThroughGateway(client, [200, 500]);
    // A call two minutes ago, so that minute is complete and gets acknowledged and forgotten.
    const twoMinutesAgo = performance.now() - 120_000;
    const completeMinute = Math.floor((performance.timeOrigin + twoMinutesAgo) / 60_000);
    stack.gateway.minuteUsage.record(client.id, stack.demoApiId, 200, twoMinutesAgo - 3, twoMinutesAgo);

    // A freshly started API process has no acknowledgement to send: it gets every minute held.
    const silent = pino({ level: 'silent' });
    const restarted = new UsageCollector(new UsageBucketsRepo(stack.db), new GatewayUsageClient({ baseUrl: gatewayUrlOf(stack), token: USAGE_TOKEN, logger: silent }), silent);
    expect(await restarted.collect()).toBe(true);
    const first = await clientTotal(client.id, developer);
    expect(first).toMatchObject({ requests: 3, status2xx: 2, status5xx: 1 });

    // More collections by both: each acknowledges the complete minute, which the gateway forgets;
    // the current minute is reported each time and overwritten, never added.
    for (let i = 0; i < 3; i++) {
      expect(await stack.api.services.usageCollector.collect()).toBe(true);
      expect(await restarted.collect()).toBe(true);
    }
    const held = stack.gateway.minuteUsage.collect().minutes.filter((m) => m.clientId === client.id);
    expect(held.map((m) => m.minute)).not.toContain(completeMinute);
    expect(await clientTotal(client.id, developer)).toEqual(first);

    // The stored per-minute rows add up to the calls made.
    const rows = await stack.db.usageBucket.findMany({ where: { clientId: client.id } });
    expect(rows.reduce((n, r) => n + r.requests, 0)).toBe(3);
    expect(rows.find((r) => r.startMinute === completeMinute)).toMatchObject({ requests: 1, status2xx: 1, minutes: 1 });
  });

  it('keeps another developer out (NOT_FOUND) and refuses a bucket the range does not allow', async () => {
    const owner = await stack.signIn(DEMO_ACCOUNTS.developer.email, DEMO_ACCOUNTS.developer.password);
    const client = await stack.createClient(owner);
    const other = await stack.newDeveloper('nosy@gatehouse.test');
    const { errors } = await stack.gql(CLIENT_USAGE, { id: client.id, range: 'LAST_HOUR' }, other);
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await expect(stack.api.services.usageOverTime.forClient({ id: 'someone-else', role: 'DEVELOPER', email: 'x@y.z', name: 'X' }, client.id, { range: 'LAST_HOUR' })).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    expect((await stack.gql(CLIENT_USAGE, { id: client.id, range: 'LAST_HOUR' }, '')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const { data } = await stack.gql(CLIENT_USAGE, { id: client.id, range: 'LAST_HOUR', bucket: 'DAY' }, owner);
    expect(data.oauthClient.usageOverTime).toEqual({
      __typename: 'ValidationError',
      message: 'Usage over LAST_HOUR cannot be shown in DAY buckets.',
      fieldErrors: [{ path: 'bucket', message: 'Choose one of MINUTE, FIVE_MINUTES, FIFTEEN_MINUTES, or leave bucket out for MINUTE.' }],
    });
  });
});

describe('usage per API', () => {
  it("shows admins every client's calls and a developer only their own clients'", async () => {
    const admin = await stack.signIn(DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.password);
    const before = (await stack.gql(API_USAGE, { apiId: stack.demoApiId }, admin)).data!.apiUsageOverTime.total.requests as number;

    const alice = await stack.newDeveloper('alice@gatehouse.test');
    const bob = await stack.newDeveloper('bob@gatehouse.test');
    await stack.callThroughGateway(await stack.createClient(alice), [200, 200, 404]);
    await stack.callThroughGateway(await stack.createClient(bob), [503]);

    const forAdmin = await stack.gql(API_USAGE, { apiId: stack.demoApiId }, admin);
    expect(forAdmin.data!.apiUsageOverTime.total.requests).toBe(before + 4);
    expect((await stack.gql(API_USAGE, { apiId: stack.demoApiId }, alice)).data!.apiUsageOverTime.total).toEqual({ requests: 3, status2xx: 2, status4xx: 1, status5xx: 0 });
    expect((await stack.gql(API_USAGE, { apiId: stack.demoApiId }, bob)).data!.apiUsageOverTime.total).toEqual({ requests: 1, status2xx: 0, status4xx: 0, status5xx: 1 });

    // The admin API page reads the same through Api.usageOverTime.
    const viaApi = await stack.gql(`query($id: ID!) { api(id: $id) { usageOverTime(range: LAST_HOUR) { ... on UsageOverTime { total { requests } } } } }`, { id: stack.demoApiId }, admin);
    expect(viaApi.data!.api.usageOverTime.total.requests).toBe(before + 4);

    expect((await stack.gql(API_USAGE, { apiId: 'no-such-api' }, admin)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('stored usage', () => {
  it('is still served, marked not up to date, when the gateway does not answer', async () => {
    const developer = await stack.signIn(DEMO_ACCOUNTS.developer.email, DEMO_ACCOUNTS.developer.password);
    const client = await stack.createClient(developer);
    await stack.callThroughGateway(client, [200]);
    await stack.api.services.usageCollector.collect();

    const unreachable = new GatewayUsageClient({ baseUrl: 'http://127.0.0.1:9', token: undefined, logger: pino({ level: 'silent' }) });
    const repo = new UsageBucketsRepo(stack.db);
    const service = new UsageOverTimeService({ owners: new UsageRepo(stack.db), buckets: repo, collector: new UsageCollector(repo, unreachable, pino({ level: 'silent' })) });
    const owner = await stack.db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.developer.email } });
    const result = await service.forClient({ id: owner.id, role: 'DEVELOPER', email: owner.email, name: owner.name }, client.id, { range: 'LAST_HOUR' });
    expect(result).toMatchObject({ __typename: 'UsageOverTime', upToDate: false, collectedAt: null, total: { requests: 1 } });
  });

  it('rolls minutes older than 48 hours up into hours, and prunes rows older than 30 days, without changing the totals', async () => {
    const repo = new UsageBucketsRepo(stack.db);
    const nowMinute = Math.floor(Date.now() / 60_000);
    const hourStart = Math.floor((nowMinute - 3 * 24 * 60) / 60) * 60; // three days ago, hour-aligned
    const row = (gatewayInstance: string, startMinute: number, requests: number) => ({
      gatewayInstance, startMinute, clientId: 'rollup-client', apiId: 'rollup-api',
      requests, status2xx: requests, status3xx: 0, status4xx: 0, status5xx: 0, statusOther: 0, latencySumMs: requests * 2,
    });
    await repo.storeMinutes([row('g1', hourStart, 2), row('g1', hourStart + 59, 3), row('g2', hourStart + 10, 4), row('g1', nowMinute - 31 * 24 * 60, 9), row('g1', nowMinute - 5, 1)]);
    const scope = { clientId: 'rollup-client' };
    const weekBefore = await repo.series(scope, nowMinute - 7 * 24 * 60, nowMinute + 1, 60);

    const before = Math.floor((nowMinute - 48 * 60) / 60) * 60;
    expect(await repo.rollUpAndPrune(before, nowMinute - 30 * 24 * 60)).toEqual({ rolledUp: 4, pruned: 1 });
    const rows = await stack.db.usageBucket.findMany({ where: { clientId: 'rollup-client' }, orderBy: { startMinute: 'asc' } });
    // The 31-day-old minute was rolled into its hour, then pruned with it; the recent minute stays.
    expect(rows.map((r) => [r.gatewayInstance, r.startMinute, r.minutes, r.requests, r.latencySumMs])).toEqual([
      ['', hourStart, 60, 9, 18],
      ['g1', nowMinute - 5, 1, 1, 2],
    ]);
    expect(await repo.series(scope, nowMinute - 7 * 24 * 60, nowMinute + 1, 60)).toEqual(weekBefore);
    // Rolling up again changes nothing.
    expect(await repo.rollUpAndPrune(before, nowMinute - 30 * 24 * 60)).toEqual({ rolledUp: 0, pruned: 0 });
  });
});

function gatewayUrlOf(s: UsageStack): string {
  const address = s.gateway.server.address();
  if (address === null || typeof address === 'string') throw new Error('the gateway is not listening');
  return `http://127.0.0.1:${address.port}`;
}
