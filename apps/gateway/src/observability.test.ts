import { createServer } from 'node:http';
import { createEchoServer, type EchoedRequest } from '@gatehouse/echo';
import { serveMetrics, type MetricsServer } from '@gatehouse/telemetry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiDefinition } from './api-definition.ts';
import { connectRedis } from './connect-redis.ts';
import { createGateway, type Gateway } from './create-gateway.ts';
import { GatewayMetrics } from './gateway-metrics.ts';
import { createInMemoryPortalSource } from './in-memory-portal-source.ts';
import { redisReadiness } from './redis-readiness.ts';
import { closedPortUrl } from './test-support/listen.ts';
import { watchPortalPostgres } from './watch-portal-postgres.ts';
import { listen, stop } from './test-support/listen.ts';
import { clientRow, entriesFor, policyRow } from './test-support/portal-rows.ts';
import { send } from './test-support/send.ts';
import { TestIssuer } from './test-support/test-issuer.ts';

const echo = createEchoServer();
let issuer: TestIssuer;
let gateway: Gateway;
let metricsServer: MetricsServer;
let gatewayUrl = '';

beforeAll(async () => {
  issuer = await TestIssuer.start();
  const echoUrl = await listen(echo);
  const api = (name: string, listenPath: string): ApiDefinition => ({
    id: name, name, listenPath, upstreamUrl: `${echoUrl}/anything`, jwksUri: issuer.jwksUri,
    issuer: null, audience: null, identitySource: 'client_id', defaultPolicyId: null,
  });
  // "limited" lets its client make one request a minute; "open" has no limits.
  const source = createInMemoryPortalSource({
    apis: [api('orders', '/orders/'), api('limited', '/limited/')],
    policies: [policyRow('open'), policyRow('one-a-minute', { rateLimitRequests: 1, rateLimitPeriodSeconds: 60 })],
    grants: [{ apiId: 'orders', policyId: 'open' }, { apiId: 'limited', policyId: 'one-a-minute' }],
    entries: entriesFor(['open', 'one-a-minute']),
    clients: [clientRow('client-123', ['open']), clientRow('client-limited', ['one-a-minute'])],
  });
  const metrics = new GatewayMetrics({ source, processMetrics: false });
  gateway = createGateway({ source, metrics });
  gatewayUrl = await listen(gateway.server);
  metricsServer = await serveMetrics(metrics.registry, { port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await metricsServer.close();
  await gateway.close();
  await Promise.all([stop(echo), issuer.stop()]);
});

/** The value of one sample in the Prometheus text the metrics listener serves, 0 when absent. */
async function sample(name: string, labels: Record<string, string> = {}): Promise<number> {
  const reply = await send(`${metricsServer.url}/metrics`);
  expect(reply.status).toBe(200);
  expect(reply.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of reply.text.split('\n')) {
    const match = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = match[2] ? match[2].split(',') : [];
    if (wanted.every((w) => have.includes(w)) && have.length === wanted.length) return Number(match[3]);
  }
  return 0;
}

describe('Prometheus metrics after real traffic', () => {
  it('count relayed answers, refusals with their reason, 429s, latency and token cache lookups by API', async () => {
    const token = await issuer.token({ client_id: 'client-123' });
    const limitedToken = await issuer.token({ client_id: 'client-limited' });
    const relayed = { api: 'orders', status_class: '2xx', reason: 'upstream' };
    const before = {
      relayed: await sample('gatehouse_gateway_requests_total', relayed),
      misses: await sample('gatehouse_gateway_token_cache_lookups_total', { result: 'miss' }),
      hits: await sample('gatehouse_gateway_token_cache_lookups_total', { result: 'hit' }),
    };

    for (let i = 0; i < 3; i++) expect((await send(`${gatewayUrl}/orders/items`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    expect((await send(`${gatewayUrl}/orders/items`)).status).toBe(401);
    expect((await send(`${gatewayUrl}/orders/items`, { headers: { authorization: 'Bearer not.a.jwt' } })).status).toBe(401);
    expect((await send(`${gatewayUrl}/limited/`, { headers: { authorization: `Bearer ${limitedToken}` } })).status).toBe(200);
    expect((await send(`${gatewayUrl}/limited/`, { headers: { authorization: `Bearer ${limitedToken}` } })).status).toBe(429);
    expect((await send(`${gatewayUrl}/nowhere`)).status).toBe(404);

    expect(await sample('gatehouse_gateway_requests_total', relayed)).toBe(before.relayed + 3);
    expect(await sample('gatehouse_gateway_requests_total', { api: 'orders', status_class: '4xx', reason: 'unauthorized' })).toBe(1);
    expect(await sample('gatehouse_gateway_requests_total', { api: 'orders', status_class: '4xx', reason: 'invalid' })).toBe(1);
    expect(await sample('gatehouse_gateway_requests_total', { api: 'limited', status_class: '4xx', reason: 'rate_limit_exceeded' })).toBe(1);
    expect(await sample('gatehouse_gateway_requests_total', { api: '', status_class: '4xx', reason: 'not_found' })).toBe(1);
    // The first request with each token misses the cache; the next two of the same token hit it.
    expect(await sample('gatehouse_gateway_token_cache_lookups_total', { result: 'miss' })).toBe(before.misses + 3);
    expect(await sample('gatehouse_gateway_token_cache_lookups_total', { result: 'hit' })).toBe(before.hits + 3);
    expect(await sample('gatehouse_gateway_jwks_fetches_total', { result: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(await sample('gatehouse_gateway_request_duration_seconds_count', { api: 'orders' })).toBeGreaterThanOrEqual(5);
    expect(await sample('gatehouse_gateway_upstream_duration_seconds_count', { api: 'orders' })).toBe(3);
    // No client id ever becomes a label.
    expect((await send(`${metricsServer.url}/metrics`)).text).not.toContain('client-123');
  });

  it('are not served on the public listener', async () => {
    expect((await send(`${gatewayUrl}/metrics`)).status).toBe(404);
  });
});

describe('request ids and trace context', () => {
  it('forwards an acceptable X-Request-Id and a valid traceparent unchanged, and returns the id', async () => {
    const token = await issuer.token({ client_id: 'client-123' });
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const reply = await send(`${gatewayUrl}/orders/x`, {
      headers: { authorization: `Bearer ${token}`, 'x-request-id': 'req-abc.123', traceparent, tracestate: 'vendor=1' },
    });
    const upstream = reply.json as EchoedRequest;
    expect(upstream.headers['x-request-id']).toBe('req-abc.123');
    expect(upstream.headers.traceparent).toBe(traceparent);
    expect(upstream.headers.tracestate).toBe('vendor=1');
    expect(reply.headers['x-request-id']).toBe('req-abc.123');
  });

  it('replaces a hostile request id and an invalid traceparent with new ones, on relayed answers and refusals alike', async () => {
    const token = await issuer.token({ client_id: 'client-123' });
    const hostile = 'x"; drop\tme'.padEnd(300, 'x');
    const reply = await send(`${gatewayUrl}/orders/x`, {
      headers: { authorization: `Bearer ${token}`, 'x-request-id': hostile, traceparent: '00-00000000000000000000000000000000-00f067aa0ba902b7-01', tracestate: 'vendor=1' },
    });
    const upstream = reply.json as EchoedRequest;
    expect(upstream.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(reply.headers['x-request-id']).toBe(upstream.headers['x-request-id']);
    expect(upstream.headers.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(upstream.headers.tracestate).toBeUndefined();

    const refused = await send(`${gatewayUrl}/orders/x`, { headers: { 'x-request-id': 'refused-1' } });
    expect(refused.status).toBe(401);
    expect(refused.headers['x-request-id']).toBe('refused-1');
    expect((await send(`${gatewayUrl}/nowhere`)).headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('readiness and liveness', () => {
  it('GET /readyz is 200 with each check while the portal snapshot is loaded; /healthz stays liveness', async () => {
    const ready = await send(`${gatewayUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.json).toEqual({ status: 'ready', checks: { portal: { ok: true, detail: '2 APIs' } } });
    expect((await send(`${gatewayUrl}/healthz`)).status).toBe(200);
  });
});

describe('readiness while the database or Redis cannot be reached', () => {
  it('is 503 naming the portal database until it was read once, and Redis when limits fail closed', async () => {
    const nothing = new URL(await closedPortUrl(createServer()));
    const source = watchPortalPostgres({ connectionString: `postgresql://gatehouse@127.0.0.1:${nothing.port}/gatehouse`, minReconnectMs: 60_000 });
    await source.start();
    const redis = connectRedis(`redis://127.0.0.1:${nothing.port}`);
    const metrics = new GatewayMetrics({ source, processMetrics: false });
    const down = createGateway({ source, metrics, readinessChecks: [redisReadiness(redis, 'closed')] });
    const url = await listen(down.server);
    try {
      const ready = await send(`${url}/readyz`);
      expect(ready.status).toBe(503);
      const { status, checks } = ready.json as { status: string; checks: Record<string, { ok: boolean; detail?: string }> };
      expect(status).toBe('not_ready');
      expect(checks.portal).toEqual({ ok: false, detail: 'the portal database has not been read yet' });
      expect(checks.redis!.ok).toBe(false);
      expect(checks.redis!.detail).toMatch(/requests under limits are refused$/);
      // Alive all the same: a supervisor must not restart it for an outage elsewhere.
      expect((await send(`${url}/healthz`)).status).toBe(200);
      // With limits failing open, Redis being away does not take the gateway out of rotation.
      expect(await redisReadiness(redis, 'open').check()).toMatchObject({ ok: true });
    } finally {
      await down.close();
      await source.close();
      redis.disconnect();
    }
  });
});
