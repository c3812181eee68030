import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deleteClient } from './delete-client.ts';
import { discover } from './discover.ts';
import { outboundJson } from './outbound-json.ts';
import { outboundUrlProblem, sameOrigin, setOutboundPolicy } from './outbound-policy.ts';
import { registerClient } from './register-client.ts';
import { updateClient } from './update-client.ts';

/**
 * Issue 7, "Outbound calls", each against a real HTTP server on 127.0.0.1: no redirect is
 * followed, an oversized answer is cut off, a slow one times out, and the policy refuses URLs
 * before any connection is made (docs/decisions/008-outbound-calls.md).
 */

interface Recorder {
  server: Server;
  origin: string;
  seen: string[];
}

async function startServer(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<Recorder> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const stop = (r: Recorder) =>
  new Promise<void>((resolve) => {
    r.server.close(() => resolve());
    r.server.closeAllConnections();
  });

const metadata = {
  client_name: 'App',
  redirect_uris: ['https://app.example/cb'],
  grant_types: ['authorization_code' as const],
  response_types: ['code' as const],
  token_endpoint_auth_method: 'client_secret_basic' as const,
};

let elsewhere: Recorder;
let idp: Recorder;
let bytesSent = 0;

beforeAll(async () => {
  // Where a redirect or a foreign registration_client_uri would lead: it must never be asked.
  elsewhere = await startServer((_req, res) => res.end('{"issuer":"http://elsewhere"}'));
  idp = await startServer((req, res) => {
    const path = new URL(req.url!, 'http://x').pathname;
    if (path.startsWith('/redirect')) {
      res.writeHead(307, { location: `${elsewhere.origin}/.well-known/openid-configuration` });
      return void res.end();
    }
    if (path.startsWith('/huge')) {
      // 64 MiB of JSON-looking bytes, written as fast as the socket takes them.
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let left = 1024;
      const pump = () => {
        while (left > 0) {
          left--;
          bytesSent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => (left = 0));
      return pump();
    }
    if (path.startsWith('/silent')) return; // never answers
    if (path.startsWith('/slow-body')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.write('{"issuer":'); // and nothing more
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end('{"error":"not_found"}');
  });
});
afterAll(async () => {
  await stop(idp);
  await stop(elsewhere);
});
afterEach(() => setOutboundPolicy({ requireHttps: false }));

describe('outbound calls to identity providers', () => {
  it('do not follow a redirect: the answer is reported and the target is never asked', async () => {
    const raw = await outboundJson(`${idp.origin}/redirect`, { method: 'GET' });
    expect(raw).toMatchObject({ kind: 'answer', status: 307 });
    const discovered = await discover(`${idp.origin}/redirect`);
    expect(discovered).toMatchObject({ ok: false, kind: 'unavailable', message: expect.stringMatching(/answered HTTP 307/) });
    const registered = await registerClient({ provider: 'OTHER', registrationEndpoint: `${idp.origin}/redirect/register`, metadata });
    expect(registered).toMatchObject({ ok: false, message: expect.stringMatching(/answered HTTP 307/) });
    expect(elsewhere.seen).toEqual([]);
  });

  it('cut an oversized answer off with a clear error, without reading it all', async () => {
    bytesSent = 0;
    const raw = await outboundJson(`${idp.origin}/huge`, { method: 'GET' }, { maxBytes: 256 * 1024 });
    expect(raw).toEqual({ kind: 'failed', reason: 'too-large', status: 200 });
    expect(bytesSent).toBeLessThan(64 * 1024 * 1024);
    const discovered = await discover(`${idp.origin}/huge`);
    expect(discovered).toMatchObject({ ok: false, kind: 'unavailable', message: expect.stringMatching(/at 127\.0\.0\.1:\d+ sent an answer that is too large/) });
  });

  it('give up on an IdP that never answers, and on one that stops mid-body', async () => {
    expect(await outboundJson(`${idp.origin}/silent`, { method: 'GET' }, { timeoutMs: 300 })).toEqual({ kind: 'failed', reason: 'timeout' });
    expect(await outboundJson(`${idp.origin}/slow-body`, { method: 'GET' }, { timeoutMs: 300 })).toEqual({ kind: 'failed', reason: 'timeout' });
    const registered = await registerClient({ provider: 'OTHER', registrationEndpoint: `${idp.origin}/silent`, metadata }, { timeoutMs: 300 });
    // The IdP may have registered the client before going quiet: admins are told (issue 4's journal).
    expect(registered).toMatchObject({ ok: false, kind: 'unavailable', outcomeUnknown: true, message: expect.stringMatching(/did not answer in time/) });
  });

  it('go over https only outside local mode, refused before any connection', async () => {
    setOutboundPolicy({ requireHttps: true });
    const before = idp.seen.length;
    const registered = await registerClient({ provider: 'OTHER', registrationEndpoint: `${idp.origin}/register`, initialAccessToken: 'iat-secret', metadata });
    expect(registered).toEqual({
      ok: false,
      kind: 'unavailable',
      outcomeUnknown: false,
      message: `The portal did not call the identity provider at ${new URL(idp.origin).host}: ${idp.origin} uses http; outside local mode the portal calls identity providers over https only. Ask an admin to check the DCR settings.`,
    });
    expect(await discover(idp.origin)).toMatchObject({ ok: false, message: expect.stringMatching(/over https only/) });
    expect(idp.seen.length).toBe(before);

    setOutboundPolicy({ requireHttps: false });
    expect(await discover(`${idp.origin}/silent`, { timeoutMs: 100 })).toMatchObject({ ok: false, message: expect.stringMatching(/did not answer/) });
    expect(idp.seen.length).toBe(before + 1);
  });

  it('send the registration access token only to the origin of the configured registration endpoint', async () => {
    const client = {
      clientId: 'c1',
      registrationEndpoint: `${idp.origin}/register`,
      // An IdP answer naming another host as the client's configuration endpoint (RFC 7592 section 3).
      registrationClientUri: `${elsewhere.origin}/register/c1`,
      registrationAccessToken: 'rat-secret',
      initialAccessToken: null,
    };
    expect(await deleteClient({ provider: 'OTHER', client })).toMatchObject({ ok: false, kind: 'unsupported', message: expect.stringMatching(/another host/) });
    expect(await updateClient({ provider: 'CURITY', client, metadata: { ...metadata }, currentSecret: null })).toMatchObject({ ok: false, kind: 'unsupported' });
    expect(elsewhere.seen).toEqual([]);
  });
});

describe('outboundUrlProblem and sameOrigin', () => {
  it.each([
    ['https://idp.example.com/register', false, null],
    ['http://idp.example.com/register', false, null],
    ['http://127.0.0.1:4100/register', true, /uses http/],
    ['http://idp.example.com/register', true, /over https only/],
    ['https://idp.example.com/register', true, null],
    ['file:///etc/passwd', false, /file: URLs are not called/],
    ['gopher://127.0.0.1:25/', false, /not called/],
    ['/relative', false, /not an absolute URL/],
  ] as const)('%s with requireHttps=%s', (url, requireHttps, problem) => {
    const found = outboundUrlProblem(url, { requireHttps });
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });

  it('compares scheme, host and port', () => {
    expect(sameOrigin('https://idp.example.com/register/c1', 'https://idp.example.com/register')).toBe(true);
    expect(sameOrigin('https://idp.example.com:8443/register/c1', 'https://idp.example.com/register')).toBe(false);
    expect(sameOrigin('http://idp.example.com/register/c1', 'https://idp.example.com/register')).toBe(false);
    expect(sameOrigin('https://idp.example.com.evil.test/c1', 'https://idp.example.com/register')).toBe(false);
    expect(sameOrigin('not a url', 'https://idp.example.com/register')).toBe(false);
  });
});

describe('error answers that quote the credential', () => {
  const token = 'iat-0123456789-Secret/Token+abc';
  const b64 = (text: string) => Buffer.from(text).toString('base64');
  it.each([
    ['as sent, in the Authorization header it echoes', (auth: string) => `token ${auth} may not register web clients`],
    ['lowercased', () => `bad token ${token.toLowerCase()}`],
    ['URL-encoded', () => `see https://idp.example/why?t=${encodeURIComponent(token)}`],
    ['form-encoded', () => `t=${new URLSearchParams({ t: token }).toString().slice(2)}`],
    ['base64', () => `credential ${b64(token)}`],
    ['base64 inside a longer value', () => `basic ${b64(`client:${token}`)}`],
    ['as a 20-character prefix', () => `token starting ${token.slice(0, 20)} refused`],
    ['as a 20-character piece from its middle', () => `token ...${token.slice(5, 25)}... refused`],
  ])('never pass the token on to the developer %s: only the code and a sentence of the portal', async (_form, quote) => {
    const echo = await startServer((req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'invalid_client_metadata', error_description: quote(req.headers.authorization ?? '') }));
    });
    try {
      const result = await registerClient({ provider: 'OTHER', registrationEndpoint: `${echo.origin}/register`, initialAccessToken: token, metadata });
      expect(result).toMatchObject({ ok: false, kind: 'rejected', error: 'invalid_client_metadata', description: expect.stringMatching(/not shown because it quoted a credential/) });
      expect(JSON.stringify(result).toLowerCase()).not.toContain(token.slice(0, 12).toLowerCase());
    } finally {
      await stop(echo);
    }
  });

  it('catches JSON-escaped slashes, which are undone by parsing the answer', async () => {
    const echo = await startServer((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(`{"error":"invalid_client_metadata","error_description":"token ${token.replaceAll('/', '\\/')}"}`);
    });
    try {
      const result = await registerClient({ provider: 'OTHER', registrationEndpoint: `${echo.origin}/register`, initialAccessToken: token, metadata });
      expect(result).toMatchObject({ kind: 'rejected', description: expect.stringMatching(/not shown/) });
    } finally {
      await stop(echo);
    }
  });

  it('shows an ordinary description bounded and without control or bidi characters', async () => {
    const echo = await startServer((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'invalid_redirect_uri', error_description: `bad\u202e uri\n${'x'.repeat(5000)}` }));
    });
    try {
      const result = await registerClient({ provider: 'OTHER', registrationEndpoint: `${echo.origin}/register`, initialAccessToken: token, metadata });
      if (result.ok || result.kind !== 'rejected') throw new Error('expected a rejection');
      expect(result.description.startsWith('bad uri x')).toBe(true);
      expect(result.description.length).toBeLessThanOrEqual(300);
    } finally {
      await stop(echo);
    }
  });
});
