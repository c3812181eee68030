import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DiscoveryCache } from './discovery-cache.ts';

/** An issuer whose configuration document each test chooses; it counts the fetches. */
let document: { status: number; body: unknown } = { status: 200, body: {} };
let fetches = 0;
const server = createServer((_req, res) => {
  fetches++;
  res.writeHead(document.status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(document.body));
});
let issuer = '';
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oidc`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  fetches = 0;
  document = { status: 200, body: { issuer: 'http://idp.example', token_endpoint: 'http://idp.example/token' } };
});

describe('DiscoveryCache', () => {
  it('fetches the configuration once for lookups at the same time and reuses it afterwards', async () => {
    const cache = new DiscoveryCache();
    const answers = await Promise.all([cache.discover(issuer), cache.discover(issuer), cache.discover(`${issuer}/.well-known/openid-configuration`)]);
    expect(answers.map((a) => a.ok && a.value.token_endpoint)).toEqual(Array(3).fill('http://idp.example/token'));
    await cache.discover(issuer);
    expect(fetches).toBe(1);
  });

  it('fetches it again once it is older than its time to live', async () => {
    let now = 0;
    const cache = new DiscoveryCache(1000, () => now);
    await cache.discover(issuer);
    document.body = { issuer: 'http://idp.example', token_endpoint: 'http://idp.example/new-token' };
    now = 999;
    expect(await cache.discover(issuer)).toMatchObject({ ok: true, value: { token_endpoint: 'http://idp.example/token' } });
    now = 1000;
    expect(await cache.discover(issuer)).toMatchObject({ ok: true, value: { token_endpoint: 'http://idp.example/new-token' } });
    expect(fetches).toBe(2);
  });

  it('does not keep a failure: the next lookup asks the IdP again', async () => {
    const cache = new DiscoveryCache();
    document = { status: 503, body: {} };
    expect((await cache.discover(issuer)).ok).toBe(false);
    document = { status: 200, body: { issuer: 'http://idp.example', token_endpoint: 'http://idp.example/token' } };
    expect(await cache.discover(issuer)).toMatchObject({ ok: true, value: { token_endpoint: 'http://idp.example/token' } });
    expect(fetches).toBe(2);
  });
});
