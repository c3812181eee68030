import { base64url, exportSPKI, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { echoed, expectInvalidToken } from '../test-support/expect-replies.ts';
import { AUDIENCE, startIdpGatewayHarness, type IdpGatewayHarness, type RegisteredClient } from '../test-support/idp-gateway-harness.ts';

// Token checks against tokens the real embedded IdP issues (or signs with its real key). The clock
// is frozen (STYLE.md) and only moves forward, so the IdP and the gateway agree on time.
const START = new Date('2031-03-01T09:00:00Z');
// From Date.now(), not a copy: vi.waitFor moves fake clocks too.
const advance = (ms: number) => vi.setSystemTime(Date.now() + ms);
const epoch = () => Math.floor(Date.now() / 1000);

let h: IdpGatewayHarness;
let client: RegisteredClient;

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: START });
  h = await startIdpGatewayHarness();
  const echoApi = await h.createApi('echo-api');
  const issuerElsewhere = await h.createApi('issuer-elsewhere', { issuer: 'https://elsewhere.test/oauth/v2/oauth-anonymous' });
  const policy = await h.createPolicy({ apiIds: [echoApi, issuerElsewhere] });
  client = await h.registerClient([await h.createCatalogueEntry(policy)]);
  h.syncGateway();
});
afterAll(async () => {
  await h?.close();
  vi.useRealTimers();
});

/** Claims as the IdP puts them in an access token for the client, valid now. */
const claimsFor = (c: RegisteredClient) => ({ iss: h.idp.issuer, aud: AUDIENCE, client_id: c.clientId, sub: c.clientId, scope: 'read', iat: epoch(), exp: epoch() + 600 });

describe('a valid token from the IdP', () => {
  it('passes, and the upstream receives the JWT and the verified client id', async () => {
    const token = await h.token(client);
    const request = echoed(await h.get('/echo-api/items/7?q=1', token));
    expect(request.headers.authorization).toBe(`Bearer ${token}`);
    expect(request.headers['x-gatehouse-client-id']).toBe(client.clientId);
    expect(request.path).toBe('/anything/items/7');
    expect(request.query).toEqual({ q: '1' });
  });

  it('passes with typ "JWT" as IdPs older than RFC 9068 send it', async () => {
    expect((await h.get('/echo-api/', await h.signWithIdpKey(claimsFor(client), { typ: 'JWT' }))).status).toBe(200);
  });
});

describe('a request without a usable token', () => {
  it('is refused 401 with a bare Bearer challenge when it has no token (RFC 6750 section 3.1)', async () => {
    const reply = await h.get('/echo-api/');
    expect(reply.status).toBe(401);
    expect(reply.headers['www-authenticate']).toBe('Bearer realm="gatehouse"');
    expect(reply.json).toEqual({ error: 'unauthorized', error_description: 'A bearer access token is required' });
  });

  it('is refused 400 invalid_request when the Authorization header is malformed', async () => {
    const reply = await h.get('/echo-api/', undefined, { authorization: 'Bearer two words' });
    expect(reply.status).toBe(400);
    expect(reply.headers['www-authenticate']).toBe('Bearer realm="gatehouse", error="invalid_request", error_description="The Authorization header is malformed"');
  });

  it('is refused 401 when the token is not a JWT or was tampered with', async () => {
    expectInvalidToken(await h.get('/echo-api/', 'not-a-jwt'), 'The access token is invalid');
    const [header, payload, signature] = (await h.token(client)).split('.');
    const flipped = (signature!.startsWith('A') ? 'B' : 'A') + signature!.slice(1);
    expectInvalidToken(await h.get('/echo-api/', `${header}.${payload}.${flipped}`), 'The access token is invalid');
  });

  it('is refused 401 once expired beyond the 30 s clock tolerance', async () => {
    const token = await h.token(client);
    expect((await h.get('/echo-api/', token)).status).toBe(200);
    advance(60 * 60 * 1000 + 31_000); // the IdP issues tokens for one hour
    expectInvalidToken(await h.get('/echo-api/', token), 'The access token has expired');
  });

  it('is refused 401 when not valid yet (nbf beyond the clock tolerance)', async () => {
    const token = await h.signWithIdpKey({ ...claimsFor(client), nbf: epoch() + 120 });
    expectInvalidToken(await h.get('/echo-api/', token), 'The access token is not valid yet');
  });

  it('is refused 401 without an exp claim (RFC 7519 section 4.1.4)', async () => {
    const { exp: _exp, ...noExpiry } = claimsFor(client);
    expectInvalidToken(await h.get('/echo-api/', await h.signWithIdpKey(noExpiry)), 'The access token is invalid');
  });

  it('is refused 401 when the issuer is not the one the API requires', async () => {
    // A real token of this IdP at an API that trusts another issuer with the same keys.
    expectInvalidToken(await h.get('/issuer-elsewhere/', await h.token(client)), 'The access token is not valid for this API');
    // The right keys, the wrong iss.
    const forged = await h.signWithIdpKey({ ...claimsFor(client), iss: 'https://evil.test' });
    expectInvalidToken(await h.get('/echo-api/', forged), 'The access token is not valid for this API');
  });

  it('is refused 401 when the audience is not the one the API requires', async () => {
    h.audience = 'https://another-gateway.test';
    try {
      expectInvalidToken(await h.get('/echo-api/', await h.token(client)), 'The access token is not valid for this API');
    } finally {
      h.audience = AUDIENCE;
    }
  });

  it('is refused 401 with alg "none" (RFC 8725 section 3.2)', async () => {
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'at+jwt' }));
    const payload = base64url.encode(JSON.stringify(claimsFor(client)));
    expectInvalidToken(await h.get('/echo-api/', `${header}.${payload}.`), 'The access token is invalid');
  });

  it('is refused 401 when HS256-signed with the IdP public key as the secret (RFC 8725 section 2.1)', async () => {
    const { keys } = (await (await fetch(h.idp.endpoints.jwks)).json()) as { keys: JWK[] };
    const publicKey = keys[0]!;
    const pem = new TextEncoder().encode(await exportSPKI((await importJWK(publicKey, 'RS256')) as CryptoKey));
    const token = await new SignJWT(claimsFor(client)).setProtectedHeader({ alg: 'HS256', typ: 'at+jwt', kid: publicKey.kid! }).sign(pem);
    expectInvalidToken(await h.get('/echo-api/', token), 'The access token is invalid');
  });

  it('is refused 401 when signed by a key the IdP does not publish, whatever jku or jwk the header names', async () => {
    const attacker = await generateKeyPair('RS256', { extractable: true });
    const unknownKid = await new SignJWT(claimsFor(client)).setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: 'attacker-key' }).sign(attacker.privateKey);
    expectInvalidToken(await h.get('/echo-api/', unknownKid), 'The access token is invalid');

    // RFC 8725 section 3.10: keys come from the configured JWKS only, never from the token.
    const { keys } = (await (await fetch(h.idp.endpoints.jwks)).json()) as { keys: JWK[] };
    const selfSigned = await new SignJWT(claimsFor(client))
      .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: keys[0]!.kid!, jku: 'http://127.0.0.1:1/jwks', jwk: { kty: 'RSA', n: 'x', e: 'AQAB' } })
      .sign(attacker.privateKey);
    expectInvalidToken(await h.get('/echo-api/', selfSigned), 'The access token is invalid');
  });

  it('is refused 401 when its typ says it is another kind of JWT (RFC 8725 section 3.11)', async () => {
    const logoutToken = await h.signWithIdpKey(claimsFor(client), { typ: 'logout+jwt' });
    expectInvalidToken(await h.get('/echo-api/', logoutToken), 'The access token is invalid');
  });
});
