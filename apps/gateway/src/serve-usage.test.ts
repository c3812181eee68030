import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from './create-gateway.ts';
import { createInMemoryPortalSource } from './in-memory-portal-source.ts';
import { listen } from './test-support/listen.ts';
import { clientRow, EMPTY_PORTAL } from './test-support/portal-rows.ts';
import { send } from './test-support/send.ts';

const TOKEN = 'usage-secret-0123456789';
let gateway: Gateway;
let url = '';

beforeAll(async () => {
  // Counters are kept for clients the portal has: portal-1 is one.
  const portal = createInMemoryPortalSource({ ...EMPTY_PORTAL, clients: [clientRow('1', [])] });
  gateway = createGateway({ source: portal, usageEndpoint: { token: TOKEN } });
  url = await listen(gateway.server);
  const now = performance.now();
  gateway.usage.record('portal-1', 200, now - 3, now);
  gateway.usage.record('portal-1', 404, now - 30, now);
  gateway.usage.record('portal-1', 502, now - 20_000, now);
});
afterAll(() => gateway.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('GET /_gatehouse/usage', () => {
  it('answers the counters of the asked clients, zeros for a client without requests', async () => {
    const reply = await send(`${url}/_gatehouse/usage?client=portal-1&client=portal-2`, { headers: bearer(TOKEN) });
    expect(reply.status).toBe(200);
    expect(reply.headers['cache-control']).toBe('no-store');
    const { since, clients } = reply.json as { since: string; clients: { id: string; requests: number; statuses: object; latencyMs: { sum: number; buckets: { le: number | null; count: number }[] }; lastRequestAt: string | null }[] };
    expect(Date.parse(since)).not.toBeNaN();
    expect(clients.map((c) => [c.id, c.requests, c.statuses])).toEqual([
      ['portal-1', 3, { other: 0, '1xx': 0, '2xx': 1, '3xx': 0, '4xx': 1, '5xx': 1 }],
      ['portal-2', 0, { other: 0, '1xx': 0, '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 }],
    ]);
    const { latencyMs, lastRequestAt } = clients[0]!;
    expect(latencyMs.sum).toBeCloseTo(20_033, 3);
    expect(latencyMs.buckets.filter((b) => b.count > 0)).toEqual([{ le: 5, count: 1 }, { le: 50, count: 1 }, { le: null, count: 1 }]);
    expect(lastRequestAt).not.toBeNull();
    expect(clients[1]!.lastRequestAt).toBeNull();
  });

  it('is refused 401 without the shared token or with a wrong one', async () => {
    for (const headers of [{}, bearer('wrong-secret-0123456789')]) {
      const reply = await send(`${url}/_gatehouse/usage`, { headers });
      expect(reply.status).toBe(401);
      expect(reply.json).toEqual({ error: 'unauthorized', error_description: 'The usage token is missing or wrong' });
    }
  });

  it('answers only GET and HEAD, and at most 100 clients at once', async () => {
    expect((await send(`${url}/_gatehouse/usage`, { method: 'POST', headers: bearer(TOKEN) })).status).toBe(405);
    const many = Array.from({ length: 101 }, (_, i) => `client=c${i}`).join('&');
    expect((await send(`${url}/_gatehouse/usage?${many}`, { headers: bearer(TOKEN) })).status).toBe(400);
  });

  it('is not there when turned off, nor without a token: a loopback caller may be a proxied one', async () => {
    for (const options of [{ usageEndpoint: false as const }, {}]) {
      const off = createGateway({ source: createInMemoryPortalSource(EMPTY_PORTAL), ...options });
      const offUrl = await listen(off.server);
      try {
        expect((await send(`${offUrl}/_gatehouse/usage`)).status).toBe(404);
        expect((await send(`${offUrl}/_gatehouse/usage/minutes`, { method: 'POST' })).status).toBe(404);
      } finally {
        await off.close();
      }
    }
  });
});

describe('POST /_gatehouse/usage/minutes', () => {
  it('answers the per-minute counts, and forgets complete minutes once acknowledged', async () => {
    const minuteAgo = performance.now() - 60_000;
    gateway.minuteUsage.record('portal-1', 'api-1', 200, minuteAgo - 4, minuteAgo);
    gateway.minuteUsage.record('portal-1', 'api-1', 429, minuteAgo - 1, minuteAgo);

    const reply = await send(`${url}/_gatehouse/usage/minutes`, { method: 'POST', headers: bearer(TOKEN) });
    expect(reply.status).toBe(200);
    expect(reply.headers['cache-control']).toBe('no-store');
    const report = reply.json as { instance: string; currentMinute: number; minutes: { minute: number; clientId: string; apiId: string; requests: number; statuses: object; latencySumMs: number }[] };
    expect(report.instance).toBe(gateway.minuteUsage.instance);
    const row = report.minutes.find((m) => m.clientId === 'portal-1' && m.apiId === 'api-1')!;
    expect(row).toMatchObject({ minute: report.currentMinute - 1, requests: 2, statuses: { '2xx': 1, '4xx': 1 } });
    expect(row.latencySumMs).toBeCloseTo(5, 3);

    const acked = await send(`${url}/_gatehouse/usage/minutes?instance=${report.instance}&through=${row.minute}`, { method: 'POST', headers: bearer(TOKEN) });
    expect(acked.status).toBe(200);
    expect((acked.json as typeof report).minutes.filter((m) => m.minute <= row.minute)).toEqual([]);
  });

  it('is refused without the token, for other methods, and with half an acknowledgement', async () => {
    expect((await send(`${url}/_gatehouse/usage/minutes`, { method: 'POST' })).status).toBe(401);
    const get = await send(`${url}/_gatehouse/usage/minutes`, { headers: bearer(TOKEN) });
    expect([get.status, get.headers.allow]).toEqual([405, 'POST']);
    for (const query of ['instance=x', 'through=5', 'instance=x&through=five']) {
      const reply = await send(`${url}/_gatehouse/usage/minutes?${query}`, { method: 'POST', headers: bearer(TOKEN) });
      expect(reply.status).toBe(400);
      expect(reply.json).toEqual({ error: 'invalid_request', error_description: 'Send both instance and through (a whole minute number), or neither' });
    }
  });
});
