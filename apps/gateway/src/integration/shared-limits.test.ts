import { createServer } from 'node:http';
import { createEchoServer } from '@gatehouse/echo';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectRedis, redisReady } from '../connect-redis.ts';
import { createGateway, type Gateway } from '../create-gateway.ts';
import type { GatewayLogger } from '../gateway-logger.ts';
import { createInMemoryPortalSource } from '../in-memory-portal-source.ts';
import { SharedLimits, type LimitsFailMode } from '../shared-limits.ts';
import { expectRefused } from '../test-support/expect-replies.ts';
import { closedPortUrl, listen, stop } from '../test-support/listen.ts';
import { clientRow, entriesFor, policyRow } from '../test-support/portal-rows.ts';
import { redisAvailableForTests, TEST_REDIS, TEST_REDIS_URL, uniqueKeyPrefix } from '@gatehouse/test-support/redis-for-tests';
import { send, type Reply } from '../test-support/send.ts';
import { TcpRelay } from '../test-support/tcp-relay.ts';
import { TestIssuer } from '../test-support/test-issuer.ts';

// Gateways in one process, each with its own Redis connection, sharing the real Redis under a key
// prefix of their own test: as gateways on several hosts would.
const redisUp = await redisAvailableForTests('the shared-limit tests');

const echo = createEchoServer();
let issuer: TestIssuer;
let echoUrl = '';
let token = '';
const running: { gateway: Gateway; redis: Redis }[] = [];

beforeAll(async () => {
  if (!redisUp) return;
  issuer = await TestIssuer.start();
  echoUrl = await listen(echo);
  token = await issuer.token({ client_id: 'client-123' });
});
afterEach(async () => {
  for (const { gateway, redis } of running.splice(0)) {
    await gateway.close();
    redis.disconnect();
  }
});
afterAll(async () => {
  await issuer?.stop();
  await stop(echo);
});

/** Portal data: the echo API under /limited/ (policy with the given limits) and /open/ (no limits). */
function portal(limits: Parameters<typeof policyRow>[1]) {
  const api = (id: string) => ({
    id, name: id, listenPath: `/${id}/`, upstreamUrl: `${echoUrl}/anything`, jwksUri: issuer.jwksUri,
    issuer: null, audience: null, identitySource: 'client_id' as const, defaultPolicyId: null,
  });
  return createInMemoryPortalSource({
    apis: [api('limited'), api('open')],
    policies: [policyRow('limits', limits), policyRow('none')],
    grants: [{ apiId: 'limited', policyId: 'limits' }, { apiId: 'open', policyId: 'none' }],
    entries: entriesFor(['limits', 'none']),
    clients: [clientRow('client-123', ['limits', 'none'])],
  });
}

interface StartOptions {
  redisUrl?: string;
  keyPrefix: string;
  failMode?: LimitsFailMode;
  logger?: GatewayLogger;
}

async function startGateway(limits: Parameters<typeof policyRow>[1], { redisUrl = TEST_REDIS_URL, keyPrefix, failMode, logger }: StartOptions) {
  const redis = connectRedis(redisUrl);
  const sharedLimits = new SharedLimits({ redis, keyPrefix, ...(failMode && { failMode }), breaker: { openForMs: 100 }, ...(logger && { logger }) });
  const gateway = createGateway({ source: portal(limits), sharedLimits });
  running.push({ gateway, redis });
  const url = await listen(gateway.server);
  await redisReady(redis, 500);
  return { url, redis, get: (path: string) => send(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } }) };
}

const statuses = (replies: Reply[]) => replies.map((r) => r.status).sort();
const health = async (url: string) => (await send(`${url}/healthz`)).json as Record<string, unknown>;

function recordingLogger() {
  const warnings: string[] = [];
  const infos: string[] = [];
  const logger: GatewayLogger = { debug: () => {}, info: (_d, m) => infos.push(m), warn: (_d, m) => warnings.push(m), error: () => {} };
  return { logger, warnings, infos };
}

describe.skipIf(!redisUp)('rate limits and quotas shared by gateways through Redis', () => {
  it('lets two gateways together admit exactly the rate limit, however the requests are spread', async () => {
    const keyPrefix = uniqueKeyPrefix();
    const rate = { rateLimitRequests: 10, rateLimitPeriodSeconds: 3600 };
    const [a, b] = [await startGateway(rate, { keyPrefix }), await startGateway(rate, { keyPrefix })];
    const replies = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? a : b).get('/limited/')));
    expect(statuses(replies)).toEqual([...Array(10).fill(200), ...Array(20).fill(429)]);
    const refused = replies.find((r) => r.status === 429)!;
    expectRefused(refused, 429, 'rate_limit_exceeded');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(300);
  });

  it('counts one quota across gateways, reporting what is left of it at each', async () => {
    const keyPrefix = uniqueKeyPrefix();
    const quota = { quotaMax: 4, quotaRenewalSeconds: 3600 };
    const [a, b] = [await startGateway(quota, { keyPrefix }), await startGateway(quota, { keyPrefix })];
    const remaining: unknown[] = [];
    for (const gateway of [a, b, a, b]) remaining.push((await gateway.get('/limited/')).headers['x-quota-remaining']);
    expect(remaining).toEqual(['3', '2', '1', '0']);
    const refused = await a.get('/limited/');
    expectRefused(refused, 429, 'quota_exceeded');
    expect(refused.headers['x-quota-limit']).toBe('4');
    // Another client of the same policy has its own count; an API without limits is never refused.
    expect((await b.get('/open/')).status).toBe(200);
  });

  it('asks Redis once per request under limits, and not at all for requests without limits', async () => {
    const gateway = await startGateway({ rateLimitRequests: 100, rateLimitPeriodSeconds: 60, quotaMax: 1000, quotaRenewalSeconds: 3600 }, { keyPrefix: uniqueKeyPrefix() });
    const address = /addr=(\S+)/.exec(await gateway.redis.client('INFO'))![1];
    const monitor = await new Redis(TEST_REDIS_URL).monitor();
    const commands: string[] = [];
    monitor.on('monitor', (_time: string, args: string[], source: string) => {
      if (source === address) commands.push(String(args[0]).toLowerCase());
    });
    try {
      for (let i = 0; i < 5; i++) expect((await gateway.get('/open/')).status).toBe(200);
      for (let i = 0; i < 10; i++) expect((await gateway.get('/limited/')).status).toBe(200);
      await vi.waitFor(() => expect(commands.length).toBeGreaterThanOrEqual(10), { timeout: 2000 });
      expect(commands).toEqual(Array(10).fill('evalsha'));
    } finally {
      monitor.disconnect();
    }
  });

  it('fails open by default when Redis cannot be reached: each gateway counts alone, and says so', async () => {
    const { logger, warnings } = recordingLogger();
    const redisUrl = (await closedPortUrl(createServer())).replace('http:', 'redis:');
    const gateway = await startGateway({ rateLimitRequests: 3, rateLimitPeriodSeconds: 3600 }, { redisUrl, keyPrefix: uniqueKeyPrefix(), logger });
    const replies: Reply[] = [];
    for (let i = 0; i < 5; i++) replies.push(await gateway.get('/limited/'));
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 429, 429]);
    expect(await health(gateway.url)).toMatchObject({ status: 'degraded', limits: { store: 'redis', available: false, failMode: 'open' } });
    expect(warnings).toEqual(['Redis unreachable: counting limits in this gateway only (refusing with 503 under policies set to refuse) until it is back']);
  });

  it("follows the policy's own choice while Redis is down: REFUSE answers 503 at a gateway that fails open, ALLOW passes at one that fails closed", async () => {
    const redisUrl = (await closedPortUrl(createServer())).replace('http:', 'redis:');
    const limits = { rateLimitRequests: 3, rateLimitPeriodSeconds: 3600 };
    const refusing = await startGateway({ ...limits, limitsWhenRedisDown: 'REFUSE' }, { redisUrl, keyPrefix: uniqueKeyPrefix() });
    const refused = await refusing.get('/limited/');
    expectRefused(refused, 503, 'temporarily_unavailable');
    expect(refused.json).toMatchObject({ error_description: 'The request limits cannot be checked right now' });
    expect(refused.headers['retry-after']).toBe('5');
    // A policy without limits is never affected.
    expect((await refusing.get('/open/')).status).toBe(200);

    const allowing = await startGateway({ ...limits, limitsWhenRedisDown: 'ALLOW' }, { redisUrl, keyPrefix: uniqueKeyPrefix(), failMode: 'closed' });
    const replies: Reply[] = [];
    for (let i = 0; i < 4; i++) replies.push(await allowing.get('/limited/'));
    // Counted in this gateway's memory: the limit still holds here.
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 429]);
  });

  it('stops waiting for a Redis that hangs: each request waits at most the command timeout, then none do', async () => {
    const relay = new TcpRelay(TEST_REDIS);
    await relay.up();
    const gateway = await startGateway({ rateLimitRequests: 100, rateLimitPeriodSeconds: 3600 }, { redisUrl: `redis://127.0.0.1:${relay.port}`, keyPrefix: uniqueKeyPrefix() });
    try {
      expect((await gateway.get('/limited/')).status).toBe(200);
      relay.frozen = true;
      // Three commands time out (100 ms each), which opens the breaker; later requests skip Redis.
      const replies = await Promise.all(Array.from({ length: 3 }, () => gateway.get('/limited/')));
      for (let i = 0; i < 20; i++) replies.push(await gateway.get('/limited/'));
      expect(new Set(replies.map((r) => r.status))).toEqual(new Set([200]));
      expect(await health(gateway.url)).toMatchObject({ status: 'degraded', limits: { available: false } });
    } finally {
      await relay.down();
    }
  });

  it('fails closed when configured: 503 under limits while Redis is gone, shared again once it is back', async () => {
    const relay = new TcpRelay(TEST_REDIS);
    await relay.up();
    const { logger, warnings, infos } = recordingLogger();
    const keyPrefix = uniqueKeyPrefix();
    const limits = { rateLimitRequests: 5, rateLimitPeriodSeconds: 3600 };
    const gateway = await startGateway(limits, { redisUrl: `redis://127.0.0.1:${relay.port}`, keyPrefix, failMode: 'closed', logger });
    try {
      expect((await gateway.get('/limited/')).headers['x-ratelimit-remaining']).toBe('4');

      await relay.down();
      const refused = await gateway.get('/limited/');
      expectRefused(refused, 503, 'temporarily_unavailable');
      expect(refused.headers['retry-after']).toBe('5');
      expect((await gateway.get('/open/')).status).toBe(200);
      await vi.waitFor(async () => expect(await health(gateway.url)).toMatchObject({ status: 'degraded', limits: { available: false, failMode: 'closed' } }), { timeout: 2000 });
      expect(warnings).toEqual(['Redis unreachable: refusing requests under policies with limits (503; counting in this gateway only under policies set to allow) until it is back']);

      // Back: the count kept in Redis goes on where it was (a second gateway sees it too).
      await relay.up();
      await vi.waitFor(async () => expect((await gateway.get('/limited/')).status).toBe(200), { timeout: 5000, interval: 50 });
      expect(await health(gateway.url)).toMatchObject({ status: 'ok', limits: { available: true } });
      expect(infos).toContain('Redis reachable again: limits are shared by every gateway again');
      const other = await startGateway(limits, { keyPrefix });
      expect((await other.get('/limited/')).headers['x-ratelimit-remaining']).toBe('2');
    } finally {
      await relay.down();
    }
  });
});
