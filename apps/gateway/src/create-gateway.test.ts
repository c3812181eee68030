import { createServer } from 'node:http';
import { createEchoServer, type EchoedRequest } from '@gatehouse/echo';
import { base64url, SignJWT } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiDefinition } from './api-definition.ts';
import { createGateway, type Gateway } from './create-gateway.ts';
import { createInMemoryPortalSource, type InMemoryPortalSource } from './in-memory-portal-source.ts';
import { closedPortUrl, listen, stop } from './test-support/listen.ts';
import { send, type Reply } from './test-support/send.ts';
import { portalRows } from './test-support/portal-rows.ts';
import { createSigningKey, TestIssuer } from './test-support/test-issuer.ts';

// Time-dependent JWT checks run against a frozen clock (STYLE.md); only Date is faked, so
// sockets and timeouts keep real time.
const NOW = new Date('2030-06-01T12:00:00Z');
const nowSeconds = () => Math.floor(Date.now() / 1000);

const echo = createEchoServer();
const slowUpstream = createServer(() => {
  // Accepts the request and never answers: the gateway's upstream timeout must fire.
});
const closedServer = createServer();

let issuer: TestIssuer;
let gateway: Gateway;
let gatewayUrl = '';
let echoUrl = '';
let source: InMemoryPortalSource;

function api(overrides: Partial<ApiDefinition> & Pick<ApiDefinition, 'name' | 'listenPath'>): ApiDefinition {
  return {
    id: overrides.name,
    upstreamUrl: `${echoUrl}/anything`,
    jwksUri: issuer.jwksUri,
    issuer: null,
    audience: null,
    identitySource: 'client_id',
    defaultPolicyId: null,
    ...overrides,
  };
}

/** The APIs, with one unlimited policy granting all of them to the clients the test issuer's tokens name. */
const portalWith = (apis: ApiDefinition[]) => portalRows({ apis, clientIds: ['client-123', 'developer-7'] });

let definitions: ApiDefinition[] = [];

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  issuer = await TestIssuer.start();
  echoUrl = await listen(echo);
  const slowUrl = await listen(slowUpstream);
  const downUrl = await closedPortUrl(closedServer);
  definitions = [
    api({ name: 'echo', listenPath: '/echo-api/' }),
    api({ name: 'echo v2', listenPath: '/echo-api/v2/', upstreamUrl: `${echoUrl}/second` }),
    api({ name: 'strict', listenPath: '/strict', issuer: issuer.issuer, audience: 'https://gateway.test' }),
    api({ name: 'by subject', listenPath: '/by-sub/', identitySource: 'sub' }),
    api({ name: 'down', listenPath: '/down/', upstreamUrl: downUrl }),
    api({ name: 'slow', listenPath: '/slow/', upstreamUrl: slowUrl }),
    api({ name: 'no keys', listenPath: '/no-keys/', jwksUri: `${downUrl}/jwks` }),
  ];
  source = createInMemoryPortalSource(portalWith(definitions));
  gateway = createGateway({ source, upstreamTimeoutMs: 300 });
  gatewayUrl = await listen(gateway.server);
});

beforeEach(() => {
  vi.setSystemTime(NOW);
  source.set(portalWith(definitions));
});

afterAll(async () => {
  gateway.server.closeAllConnections();
  await gateway.close();
  await Promise.all([stop(echo), stop(slowUpstream), issuer.stop()]);
  vi.useRealTimers();
});

function get(path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return send(`${gatewayUrl}${path}`, { headers });
}
function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}
function echoed(reply: Reply): EchoedRequest {
  expect(reply.status, reply.text).toBe(200);
  return reply.json as EchoedRequest;
}
function expectInvalidToken(reply: Reply, description: string): void {
  expect(reply.status).toBe(401);
  expect(reply.headers['www-authenticate']).toBe(`Bearer realm="gatehouse", error="invalid_token", error_description="${description}"`);
  expect(reply.json).toEqual({ error: 'invalid_token', error_description: description });
}

describe('a request with a valid token', () => {
  it('reaches the upstream with the JWT, the client id, forwarding headers, path remainder and query', async () => {
    const token = await issuer.token();
    const reply = await get('/echo-api/items/42?q=1&tag=a&tag=b', { ...bearer(token), host: 'api.example.test' });
    const request = echoed(reply);
    expect(request.method).toBe('GET');
    expect(request.path).toBe('/anything/items/42');
    expect(request.query).toEqual({ q: '1', tag: ['a', 'b'] });
    expect(request.headers.authorization).toBe(`Bearer ${token}`);
    expect(request.headers['x-gatehouse-client-id']).toBe('client-123');
    expect(request.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(request.headers['x-forwarded-proto']).toBe('http');
    expect(request.headers['x-forwarded-host']).toBe('api.example.test');
    // The upstream sees its own host, not the gateway's.
    expect(request.headers.host).toBe(new URL(echoUrl).host);
  });

  it('routes by the longest listen path and keeps the upstream base path', async () => {
    const token = await issuer.token();
    expect(echoed(await get('/echo-api/v2/things', bearer(token))).path).toBe('/second/things');
    expect(echoed(await get('/echo-api/v2', bearer(token))).path).toBe('/second');
    expect(echoed(await get('/echo-api', bearer(token))).path).toBe('/anything');
    expect(echoed(await get('/strict/x', bearer(token))).path).toBe('/anything/x');
  });

  it('uses the configured identity claim', async () => {
    const reply = await get('/by-sub/', bearer(await issuer.token({ sub: 'developer-7' })));
    expect(echoed(reply).headers['x-gatehouse-client-id']).toBe('developer-7');
  });

  it('replaces a client-supplied X-Gatehouse-Client-Id and drops other X-Gatehouse-* headers', async () => {
    const reply = await get('/echo-api/spoof', {
      ...bearer(await issuer.token()),
      'X-Gatehouse-Client-Id': 'admin-client',
      'x-gatehouse-role': 'admin',
    });
    const { headers } = echoed(reply);
    expect(headers['x-gatehouse-client-id']).toBe('client-123');
    expect(headers['x-gatehouse-role']).toBeUndefined();
  });

  it("drops the portal's session cookie from the Cookie header and keeps the API's own cookies", async () => {
    const reply = await get('/echo-api/cookies', { ...bearer(await issuer.token()), cookie: 'theme=dark; gatehouse_session=portal-secret; cart=42' });
    expect(echoed(reply).headers.cookie).toBe('theme=dark; cart=42');
    const only = await get('/echo-api/cookies', { ...bearer(await issuer.token()), cookie: 'gatehouse_session=portal-secret' });
    expect(echoed(only).headers.cookie).toBeUndefined();
  });

  it('appends to an existing X-Forwarded-For chain', async () => {
    const reply = await get('/echo-api/', { ...bearer(await issuer.token()), 'x-forwarded-for': '203.0.113.9' });
    expect(echoed(reply).headers['x-forwarded-for']).toBe('203.0.113.9, 127.0.0.1');
  });

  it('does not forward hop-by-hop headers, including those named in Connection', async () => {
    const reply = await get('/echo-api/hop', {
      ...bearer(await issuer.token()),
      connection: 'keep-alive, X-Hop-Secret',
      'x-hop-secret': 'for the next hop only',
      'keep-alive': 'timeout=5',
      'proxy-authorization': 'Basic Zm9vOmJhcg==',
      te: 'trailers',
      upgrade: 'h2c',
      'x-end-to-end': 'kept',
    });
    const { headers } = echoed(reply);
    expect(headers['x-hop-secret']).toBeUndefined();
    expect(headers['keep-alive']).toBeUndefined();
    expect(headers['proxy-authorization']).toBeUndefined();
    expect(headers.te).toBeUndefined();
    expect(headers.upgrade).toBeUndefined();
    expect(headers['x-end-to-end']).toBe('kept');
  });

  it('streams a POST body to the upstream and the answer back', async () => {
    const payload = { name: 'widget', tags: ['a', 'b'] };
    const json = await send(`${gatewayUrl}/echo-api/post`, {
      method: 'POST',
      headers: { ...bearer(await issuer.token()), 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    expect(echoed(json).method).toBe('POST');
    expect(echoed(json).json).toEqual(payload);

    // A larger body without Content-Length (chunked) goes through unchanged too.
    const big = 'x'.repeat(300_000);
    const chunked = await send(`${gatewayUrl}/echo-api/put`, {
      method: 'PUT',
      headers: { ...bearer(await issuer.token()), 'content-type': 'text/plain', 'transfer-encoding': 'chunked' },
      body: big,
    });
    expect(echoed(chunked).body).toBe(big);
  });

  it('accepts a token that expired within the 30 s clock tolerance, or is not valid for less than that yet', async () => {
    const now = nowSeconds();
    expect((await get('/echo-api/', bearer(await issuer.token({ exp: now - 20 })))).status).toBe(200);
    expect((await get('/echo-api/', bearer(await issuer.token({ nbf: now + 20 })))).status).toBe(200);
  });

  it('accepts the issuer and audience an API requires', async () => {
    expect((await get('/strict/', bearer(await issuer.token()))).status).toBe(200);
  });
});

describe('a request without a usable token', () => {
  it('is refused with 401 and a bare Bearer challenge when there is no token (RFC 6750 section 3.1)', async () => {
    for (const headers of [{}, { authorization: 'Basic Zm9vOmJhcg==' }] as Record<string, string>[]) {
      const reply = await get('/echo-api/', headers);
      expect(reply.status).toBe(401);
      expect(reply.headers['www-authenticate']).toBe('Bearer realm="gatehouse"');
      expect(reply.json).toEqual({ error: 'unauthorized', error_description: 'A bearer access token is required' });
    }
  });

  it('is refused with 400 invalid_request when the Bearer credentials are not a b64token', async () => {
    const reply = await get('/echo-api/', { authorization: 'Bearer not a token' });
    expect(reply.status).toBe(400);
    expect(reply.headers['www-authenticate']).toContain('error="invalid_request"');
  });

  it('is refused when the token is not a JWT', async () => {
    expectInvalidToken(await get('/echo-api/', bearer('not-a-jwt')), 'The access token is invalid');
    expectInvalidToken(await get('/echo-api/', bearer('a.b.c')), 'The access token is invalid');
  });

  it('is refused when the signature does not match (tampered payload or signature)', async () => {
    const [header, , signature] = (await issuer.token()).split('.');
    const forgedPayload = base64url.encode(JSON.stringify({ client_id: 'admin', exp: nowSeconds() + 300 }));
    expectInvalidToken(await get('/echo-api/', bearer(`${header}.${forgedPayload}.${signature}`)), 'The access token is invalid');

    const [h, p, s] = (await issuer.token()).split('.');
    const flipped = (s!.startsWith('A') ? 'B' : 'A') + s!.slice(1);
    expectInvalidToken(await get('/echo-api/', bearer(`${h}.${p}.${flipped}`)), 'The access token is invalid');
  });

  it('is refused when expired beyond the clock tolerance', async () => {
    const reply = await get('/echo-api/', bearer(await issuer.token({ exp: nowSeconds() - 31 })));
    expectInvalidToken(reply, 'The access token has expired');
  });

  it('is refused when not valid yet (nbf beyond the clock tolerance)', async () => {
    const reply = await get('/echo-api/', bearer(await issuer.token({ nbf: nowSeconds() + 60 })));
    expectInvalidToken(reply, 'The access token is not valid yet');
  });

  it('is refused without an exp claim', async () => {
    const now = nowSeconds();
    const token = await new SignJWT({ client_id: 'client-123' })
      .setProtectedHeader({ alg: 'RS256', kid: issuer.key.kid })
      .setIssuedAt(now)
      .sign(issuer.key.privateKey);
    expectInvalidToken(await get('/echo-api/', bearer(token)), 'The access token is invalid');
  });

  it('is refused when the issuer or audience differs from what the API requires', async () => {
    const wrongIssuer = await new SignJWT({ client_id: 'client-123' })
      .setProtectedHeader({ alg: 'RS256', kid: issuer.key.kid })
      .setIssuer('https://evil.test')
      .setAudience('https://gateway.test')
      .setExpirationTime(nowSeconds() + 300)
      .sign(issuer.key.privateKey);
    expectInvalidToken(await get('/strict/', bearer(wrongIssuer)), 'The access token is not valid for this API');

    const wrongAudience = await issuer.token({ aud: 'https://another-api.test' });
    expectInvalidToken(await get('/strict/', bearer(wrongAudience)), 'The access token is not valid for this API');

    // The same tokens pass an API that configures neither check.
    expect((await get('/echo-api/', bearer(wrongAudience))).status).toBe(200);
  });

  it('is refused with alg "none" (an unsecured JWT)', async () => {
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
    const payload = base64url.encode(JSON.stringify({ client_id: 'client-123', iss: issuer.issuer, exp: nowSeconds() + 300 }));
    expectInvalidToken(await get('/echo-api/', bearer(`${header}.${payload}.`)), 'The access token is invalid');
  });

  it('is refused when HS256-signed with the RSA public key as the secret (algorithm confusion)', async () => {
    const token = await new SignJWT({ client_id: 'client-123' })
      .setProtectedHeader({ alg: 'HS256', kid: issuer.key.kid })
      .setExpirationTime(nowSeconds() + 300)
      .sign(await issuer.publicKeyPem());
    expectInvalidToken(await get('/echo-api/', bearer(token)), 'The access token is invalid');
  });

  it('is refused when the identity claim is missing, with the claims looked at', async () => {
    const reply = await get('/echo-api/', bearer(await issuer.token({ client_id: undefined })));
    expectInvalidToken(reply, 'The access token does not identify a client: it has no client id in client_id');
  });

  it('is answered 503, not invalid_token, when the issuer keys cannot be fetched', async () => {
    const reply = await get('/no-keys/', bearer(await issuer.token()));
    expect(reply.status).toBe(503);
    expect(reply.json).toEqual({ error: 'temporarily_unavailable', error_description: 'The access token cannot be verified right now' });
  });
});

describe('a token verified earlier', () => {
  it('is still refused once it expires', async () => {
    const token = await issuer.token({ exp: nowSeconds() + 10 });
    expect((await get('/echo-api/', bearer(token))).status).toBe(200);
    vi.setSystemTime(new Date(NOW.getTime() + 39_000));
    expect((await get('/echo-api/', bearer(token))).status).toBe(200); // within the 30 s tolerance
    vi.setSystemTime(new Date(NOW.getTime() + 41_000));
    expectInvalidToken(await get('/echo-api/', bearer(token)), 'The access token has expired');
  });

  it('is checked again for another API with stricter rules', async () => {
    const token = await issuer.token({ aud: 'https://another-api.test' });
    expect((await get('/echo-api/', bearer(token))).status).toBe(200);
    expectInvalidToken(await get('/strict/', bearer(token)), 'The access token is not valid for this API');
  });
});

describe('signing keys', () => {
  it('refuses an unknown kid, and accepts a rotated-in key once the refetch cooldown has passed', async () => {
    const rotated = await createSigningKey('key-2');
    const before = issuer.jwksRequests;

    // Unknown kid: at most one refetch (cooldown), then 401.
    expectInvalidToken(await get('/echo-api/', bearer(await issuer.token({}, { key: rotated }))), 'The access token is invalid');
    expectInvalidToken(await get('/echo-api/', bearer(await issuer.token({}, { key: rotated }))), 'The access token is invalid');
    expect(issuer.jwksRequests - before).toBeLessThanOrEqual(1);

    // The IdP rotates; once the refetch cooldown (5 s) has passed the unknown kid triggers a refetch.
    issuer.publish(issuer.key, rotated);
    vi.setSystemTime(new Date(NOW.getTime() + 31_000));
    expect((await get('/echo-api/', bearer(await issuer.token({}, { key: rotated })))).status).toBe(200);
  });

  it('ignores a jku header pointing at attacker keys', async () => {
    const attacker = await createSigningKey(issuer.key.kid);
    const token = await issuer.token({}, { key: attacker, header: { jku: 'http://127.0.0.1:1/attacker-jwks', jwk: attacker.publicJwk } });
    expectInvalidToken(await get('/echo-api/', bearer(token)), 'The access token is invalid');
  });
});

describe('upstream failures', () => {
  it('answers 502 with a JSON error when the upstream is down', async () => {
    const reply = await get('/down/x', bearer(await issuer.token()));
    expect(reply.status).toBe(502);
    expect(reply.json).toEqual({ error: 'bad_gateway', error_description: 'The upstream API could not be reached' });
  });

  it('answers 504 with a JSON error when the upstream does not answer in time', async () => {
    const reply = await get('/slow/x', bearer(await issuer.token()));
    expect(reply.status).toBe(504);
    expect(reply.json).toEqual({ error: 'gateway_timeout', error_description: 'The upstream API did not answer in time' });
  });
});

describe('routing', () => {
  it('answers 404 JSON for a path no API listens on, matching whole segments only', async () => {
    for (const path of ['/nowhere', '/echo-apix/y', '/']) {
      const reply = await get(path, bearer(await issuer.token()));
      expect(reply.status).toBe(404);
      expect(reply.json).toEqual({ error: 'not_found', error_description: 'No API is published at this path' });
    }
  });

  it('refuses dot segments that could climb out of the upstream base path', async () => {
    // Also with encoded or backslash separators, which some upstreams and proxies decode.
    for (const path of ['/echo-api/../admin', '/echo-api/%2e%2E/admin', '/echo-api/./x', '/echo-api/..%2fadmin', '/echo-api/..\\admin', '/echo-api/%2e%2e%2fadmin', '/echo-api/a%5C..%5Cb']) {
      expect((await get(path, bearer(await issuer.token()))).status).toBe(400);
    }
  });

  it('serves /healthz without a token', async () => {
    const reply = await get('/healthz');
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ status: 'ok', apis: definitions.length });
  });

  it('picks up changed definitions without a restart', async () => {
    const token = await issuer.token();
    expect((await get('/added/x', bearer(token))).status).toBe(404);

    source.set(portalWith([...definitions, api({ name: 'added', listenPath: '/added/', upstreamUrl: `${echoUrl}/new-home` })]));
    expect(echoed(await get('/added/x', bearer(token))).path).toBe('/new-home/x');
    expect((await get('/healthz')).json).toEqual({ status: 'ok', apis: definitions.length + 1 });

    source.set(portalWith(definitions.filter((d) => d.name !== 'echo')));
    expect((await get('/echo-api/items', bearer(token))).status).toBe(404);
  });
});
