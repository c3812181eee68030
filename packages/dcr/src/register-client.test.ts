import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerClient } from './register-client.ts';
import type { Provider } from './providers.ts';

/** An IdP at the HTTP boundary whose next answer each test chooses. */
let respond: (req: IncomingMessage, res: ServerResponse, body: string) => void = () => {};
let lastRequest: { headers: IncomingMessage['headers']; body: string } | undefined;
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    lastRequest = { headers: req.headers, body };
    respond(req, res, body);
  });
});
let endpoint = '';
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/register`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const metadata = {
  client_name: 'App',
  redirect_uris: ['https://app.example/cb'],
  grant_types: ['authorization_code' as const],
  response_types: ['code' as const],
  token_endpoint_auth_method: 'client_secret_basic' as const,
};
const json = (res: ServerResponse, status: number, body: unknown, type = 'application/json') => {
  res.writeHead(status, { 'content-type': type });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};
const register = (provider: Provider = 'OTHER', initialAccessToken: string | null = null, timeoutMs = 2000) =>
  registerClient({ provider, registrationEndpoint: endpoint, initialAccessToken, metadata }, { timeoutMs });

describe('registerClient', () => {
  it('POSTs the metadata as JSON and returns what the IdP registered', async () => {
    respond = (_req, res) => json(res, 201, { client_id: 'abc', client_secret: 's', redirect_uris: ['https://app.example/cb'] });
    const result = await register();
    expect(result).toEqual({ ok: true, value: { client_id: 'abc', client_secret: 's', redirect_uris: ['https://app.example/cb'] } });
    expect(lastRequest!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(lastRequest!.body)).toEqual(metadata);
    expect(lastRequest!.headers.authorization).toBeUndefined();
  });

  it.each([
    ['OTHER', 'Bearer t0ken'],
    ['CURITY', 'Bearer t0ken'],
    ['KEYCLOAK', 'Bearer t0ken'],
    ['GLUU', 'Bearer t0ken'],
    ['OKTA', 'SSWS t0ken'],
  ] as const)('authenticates to %s with %s', async (provider, header) => {
    respond = (_req, res) => json(res, 201, { client_id: 'abc' });
    await register(provider, 't0ken');
    expect(lastRequest!.headers.authorization).toBe(header);
  });

  it('passes an RFC 7591 error through with its description', async () => {
    respond = (_req, res) => json(res, 400, { error: 'invalid_redirect_uri', error_description: 'redirect_uris must only contain web uris' });
    expect(await register()).toEqual({ ok: false, kind: 'rejected', error: 'invalid_redirect_uri', description: 'redirect_uris must only contain web uris', status: 400 });
  });

  it('reports refused credentials as such', async () => {
    respond = (_req, res) => json(res, 401, { error: 'invalid_token' });
    expect(await register()).toMatchObject({ ok: false, kind: 'unavailable', message: expect.stringMatching(/refused the portal's credentials/) });
  });

  it.each([
    ['a 500', (res: ServerResponse) => json(res, 500, { error: 'server_error' }), /answered HTTP 500/],
    ['HTML', (res: ServerResponse) => json(res, 200, '<html>login</html>', 'text/html'), /not JSON \(text\/html\)/],
    ['JSON without client_id', (res: ServerResponse) => json(res, 201, { client_secret: 'x' }), /without a client_id/],
    ['a redirect', (res: ServerResponse) => (res.writeHead(302, { location: 'http://elsewhere.example/' }), res.end()), /answered HTTP 302/],
  ])('gives a clear message for %s', async (_name, answer, message) => {
    respond = (_req, res) => answer(res);
    expect(await register()).toMatchObject({ ok: false, kind: 'unavailable', message: expect.stringMatching(message) });
  });

  it('gives up on a slow IdP after the timeout', async () => {
    respond = (_req, res) => setTimeout(() => json(res, 201, { client_id: 'late' }), 1000);
    expect(await register('OTHER', null, 200)).toMatchObject({ ok: false, kind: 'unavailable', message: expect.stringMatching(/did not answer in time/) });
  });

  it('refuses an oversized answer', async () => {
    respond = (_req, res) => json(res, 201, { client_id: 'abc', padding: 'x'.repeat(300 * 1024) });
    expect(await register()).toMatchObject({ ok: false, kind: 'unavailable', message: expect.stringMatching(/too large/) });
  });

  it('says so when nothing listens', async () => {
    const result = await registerClient({ provider: 'OTHER', registrationEndpoint: 'http://127.0.0.1:9/register', metadata }, { timeoutMs: 2000 });
    expect(result).toMatchObject({ ok: false, kind: 'unavailable', message: expect.stringMatching(/could not be reached/) });
  });
});
