import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebServer } from './create-web-server.ts';
import { CONTENT_SECURITY_POLICY } from './security-headers.ts';

const INDEX_HTML = '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/index-abc123.js"></script></body></html>';

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

interface Seen {
  method?: string;
  url?: string;
  headers?: IncomingHttpHeaders;
  body?: string;
}

let distDir: string;
let web: Server;
let webUrl: string;
let api: Server;
const seen: Seen = {};

beforeAll(async () => {
  distDir = await mkdtemp(join(tmpdir(), 'gatehouse-web-'));
  await mkdir(join(distDir, 'assets'));
  await writeFile(join(distDir, 'index.html'), INDEX_HTML);
  await writeFile(join(distDir, 'assets', 'index-abc123.js'), 'console.log("app")');
  await writeFile(join(distDir, 'assets', 'index-abc123.js.map'), '{"version":3,"sources":["src/main.tsx"]}');

  // A stand-in for the API: records the request, answers like Apollo Server after signIn.
  api = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      Object.assign(seen, { method: req.method, url: req.url, headers: req.headers, body });
      const status = req.headers['x-test-status'] ? Number(req.headers['x-test-status']) : 200;
      res.writeHead(status, {
        'content-type': 'application/json',
        'set-cookie': ['gatehouse_session=abc; HttpOnly; Path=/; SameSite=Lax', 'other=1; Path=/'],
      });
      res.end(JSON.stringify({ data: { signIn: { __typename: 'SignInSuccess' } } }));
    });
  });
  const apiUrl = `${await listen(api)}/graphql`;

  web = createWebServer({ distDir, apiUrl });
  webUrl = await listen(web);
});

afterAll(async () => {
  await close(web);
  await close(api);
  await rm(distDir, { recursive: true, force: true });
});

function expectSecurityHeaders(res: Response) {
  expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
}

describe('createWebServer', () => {
  it('serves index.html for an app route such as /portal/clients, with the CSP', async () => {
    const res = await fetch(`${webUrl}/portal/clients`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toBe(INDEX_HTML);
    expectSecurityHeaders(res);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('serves hashed assets with immutable caching, and 404 for a missing one', async () => {
    const asset = await fetch(`${webUrl}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(asset);

    const missing = await fetch(`${webUrl}/assets/index-gone.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('proxies /graphql to the API with the cookie, body and query string, and returns Set-Cookie', async () => {
    const query = '{"query":"mutation { signIn(input: {email: \\"a\\", password: \\"b\\"}) { __typename } }"}';
    const res = await fetch(`${webUrl}/graphql?x=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'gatehouse_session=old' },
      body: query,
    });
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie()).toEqual([
      'gatehouse_session=abc; HttpOnly; Path=/; SameSite=Lax',
      'other=1; Path=/',
    ]);
    expect(await res.json()).toEqual({ data: { signIn: { __typename: 'SignInSuccess' } } });
    expectSecurityHeaders(res);

    expect(seen.method).toBe('POST');
    expect(seen.url).toBe('/graphql?x=1');
    expect(seen.body).toBe(query);
    expect(seen.headers?.cookie).toBe('gatehouse_session=old');
    expect(seen.headers?.['content-type']).toBe('application/json');
    expect(seen.headers?.['x-forwarded-host']).toBe(new URL(webUrl).host);
  });

  it("keeps the API's status code", async () => {
    const res = await fetch(`${webUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-test-status': '400' },
      body: '{}',
    });
    expect(res.status).toBe(400);
  });

  it('never serves source maps, though the build writes them', async () => {
    const map = await fetch(`${webUrl}/assets/index-abc123.js.map`);
    expect(map.status).toBe(404);
    expect(await map.text()).not.toContain('sources');
  });

  it('answers /healthz', async () => {
    const res = await fetch(`${webUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('refuses other methods on app routes', async () => {
    const res = await fetch(`${webUrl}/portal`, { method: 'POST' });
    expect(res.status).toBe(405);
  });

  it('answers 502 with a GraphQL-shaped JSON error when the API is down', async () => {
    const down = createServer();
    const downUrl = await listen(down);
    await close(down);
    const orphan = createWebServer({ distDir, apiUrl: `${downUrl}/graphql` });
    const orphanUrl = await listen(orphan);
    try {
      const res = await fetch(`${orphanUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ me { id } }"}',
      });
      expect(res.status).toBe(502);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expectSecurityHeaders(res);
      expect(await res.json()).toEqual({
        errors: [{ message: 'The Gatehouse API is not reachable.', extensions: { code: 'API_UNAVAILABLE' } }],
      });
    } finally {
      await close(orphan);
    }
  });
});
