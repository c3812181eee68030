import { createEchoServer } from '@gatehouse/echo';
import { redisAvailableForTests, TEST_REDIS_URL, uniqueKeyPrefix } from '@gatehouse/test-support/redis-for-tests';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis, redisReady } from '../connect-redis.ts';
import { createGateway, type Gateway } from '../create-gateway.ts';
import { flushUsageToRedis, type UsageFlusher } from '../flush-usage-to-redis.ts';
import { createInMemoryPortalSource } from '../in-memory-portal-source.ts';
import { addUsageTotalsToRedis, readUsageTotals } from '../redis-usage-totals.ts';
import { listen, stop } from '../test-support/listen.ts';
import { clientRow, entriesFor, policyRow } from '../test-support/portal-rows.ts';
import { send } from '../test-support/send.ts';
import { TestIssuer } from '../test-support/test-issuer.ts';

// Gateways in one process, each flushing on its own Redis connection into the real Redis under a
// key prefix of the test's own, as gateways on several hosts would; the totals are read the way
// the portal API reads them (apps/api/src/modules/usage/redis-client-usage.source.ts).
const redisUp = await redisAvailableForTests('the shared usage totals tests');

const echo = createEchoServer();
let issuer: TestIssuer;
let echoUrl = '';
let token = '';
const running: { gateway: Gateway; redis: Redis; flusher: UsageFlusher }[] = [];
const CLIENT = 'portal-client-123';

beforeAll(async () => {
  if (!redisUp) return;
  issuer = await TestIssuer.start();
  echoUrl = await listen(echo);
  token = await issuer.token({ client_id: 'client-123' });
});
afterEach(async () => {
  for (const { gateway, redis, flusher } of running.splice(0)) {
    await flusher.stop();
    await gateway.close();
    redis.disconnect();
  }
});
afterAll(async () => {
  await issuer?.stop();
  await stop(echo);
});

function portal(clientIds = ['client-123']) {
  return createInMemoryPortalSource(rows(clientIds));
}

function rows(clientIds: string[]) {
  return {
    apis: [{
      id: 'echo', name: 'echo', listenPath: '/echo/', upstreamUrl: `${echoUrl}/anything`, jwksUri: issuer.jwksUri,
      issuer: null, audience: null, identitySource: 'client_id' as const, defaultPolicyId: null,
    }],
    policies: [policyRow('open')],
    grants: [{ apiId: 'echo', policyId: 'open' }],
    entries: entriesFor(['open']),
    clients: clientIds.map((id) => clientRow(id, ['open'])),
  };
}

async function startGateway(keyPrefix: string) {
  const redis = connectRedis(TEST_REDIS_URL);
  const source = portal();
  const gateway = createGateway({ source });
  // A long interval: the test flushes when it wants, as the one-second timer would.
  const flusher = flushUsageToRedis({ minuteUsage: gateway.minuteUsage, usage: gateway.usage, redis, keyPrefix, intervalMs: 3_600_000 });
  const entry = { gateway, redis, flusher };
  running.push(entry);
  const url = await listen(gateway.server);
  await redisReady(redis, 500);
  return {
    flusher,
    source,
    async call(times: number, status = 200) {
      for (let i = 0; i < times; i++) {
        const reply = await send(`${url}/echo/ok`, { headers: { authorization: `Bearer ${token}` } });
        expect(reply.status).toBe(status);
      }
    },
    async stop() {
      running.splice(running.indexOf(entry), 1);
      await flusher.stop();
      await gateway.close();
      redis.disconnect();
    },
  };
}

async function totals(keyPrefix: string) {
  const redis = connectRedis(TEST_REDIS_URL);
  try {
    await redisReady(redis, 500);
    const { clients } = await readUsageTotals(redis, keyPrefix, [CLIENT, 'portal-nobody']);
    return clients;
  } finally {
    redis.disconnect();
  }
}

describe.skipIf(!redisUp)('live usage totals shared by gateways through Redis', () => {
  it('counts calls through both gateways in the one total the portal reads', async () => {
    const keyPrefix = uniqueKeyPrefix();
    const [a, b] = [await startGateway(keyPrefix), await startGateway(keyPrefix)];
    await a.call(2);
    await b.call(3);
    await Promise.all([a.flusher.flush(), b.flusher.flush()]);

    const [client, nobody] = await totals(keyPrefix);
    expect(client).toMatchObject({ id: CLIENT, requests: 5, statuses: { '2xx': 5, '4xx': 0 } });
    expect(client!.latencyMs.buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(5);
    expect(client!.lastRequestAt).not.toBeNull();
    expect(nobody).toMatchObject({ requests: 0, lastRequestAt: null });

    // Flushing again adds nothing new; later calls are added on top.
    await a.flusher.flush();
    await b.call(1);
    await b.flusher.flush();
    expect((await totals(keyPrefix))[0]!.requests).toBe(6);
  });

  it('keeps what a gateway counted before it restarted, and counts the restarted one from zero', async () => {
    const keyPrefix = uniqueKeyPrefix();
    const first = await startGateway(keyPrefix);
    await first.call(4);
    await first.stop();

    const restarted = await startGateway(keyPrefix);
    await restarted.call(1);
    await restarted.flusher.flush();
    expect((await totals(keyPrefix))[0]!.requests).toBe(5);
  });

  it('adds a batch sent again after a lost answer only once', async () => {
    const keyPrefix = uniqueKeyPrefix();
    const redis = connectRedis(TEST_REDIS_URL);
    await redisReady(redis, 500);
    const batch = { seq: 1, clients: [{ id: CLIENT, requests: 2, statuses: [0, 0, 2, 0, 0, 0], latencySumMs: 3, buckets: new Array(14).fill(0), lastRequestAt: Date.now() }] };
    try {
      await addUsageTotalsToRedis(redis, keyPrefix, 'gateway-a', [batch]);
      // The same batch again (its answer was lost), then the next one with it, in one flush.
      await addUsageTotalsToRedis(redis, keyPrefix, 'gateway-a', [batch, { ...batch, seq: 2 }]);
      // Another gateway's first batch is its own.
      await addUsageTotalsToRedis(redis, keyPrefix, 'gateway-b', [batch]);
    } finally {
      redis.disconnect();
    }
    expect((await totals(keyPrefix))[0]).toMatchObject({ requests: 6, statuses: { '2xx': 6 }, latencyMs: { sum: 9 } });
  });

  it('forgets the totals of a client deleted in the portal', async () => {
    const keyPrefix = uniqueKeyPrefix();
    const gateway = await startGateway(keyPrefix);
    await gateway.call(2);
    await gateway.flusher.flush();
    expect((await totals(keyPrefix))[0]!.requests).toBe(2);

    gateway.source.set(rows(['client-456']));
    // The deleted client's token is refused from now on: that answer is not counted for it.
    await gateway.call(1, 401);
    await gateway.flusher.flush();
    expect((await totals(keyPrefix))[0]).toMatchObject({ requests: 0, lastRequestAt: null });
  });
});
