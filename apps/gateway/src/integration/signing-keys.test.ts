import { decodeProtectedHeader, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectInvalidToken } from '../test-support/expect-replies.ts';
import { AUDIENCE, startIdpGatewayHarness, type IdpGatewayHarness, type RegisteredClient } from '../test-support/idp-gateway-harness.ts';

// The IdP's signing keys as the gateway sees them through the JWKS: rotation without a gateway
// restart, a flood of unknown kids, and the JWKS endpoint going down. JWKS fetches are counted at
// a relay in front of the real IdP's JWKS endpoint. The clock is frozen and only moves forward;
// the gateway's JWKS cooldown is 5 s, its failure backoff 1 s and its key max age 5 min (defaults).
const START = new Date('2031-03-01T09:00:00Z');
const advance = (ms: number) => vi.setSystemTime(Date.now() + ms);
const epoch = () => Math.floor(Date.now() / 1000);

let h: IdpGatewayHarness;
let client: RegisteredClient;

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: START });
  h = await startIdpGatewayHarness();
  const api = await h.createApi('echo-api');
  client = await h.registerClient([await h.createCatalogueEntry(await h.createPolicy({ apiIds: [api] }))]);
  h.syncGateway();
});
afterAll(async () => {
  await h?.close();
  vi.useRealTimers();
});

const status = async (token: string) => (await h.get('/echo-api/', token)).status;

const attacker = generateKeyPair('RS256');

/** A token signed with a key the IdP never published, under a random kid. */
async function tokenWithRandomKid(): Promise<string> {
  const { privateKey } = await attacker;
  return new SignJWT({ iss: h.idp.issuer, aud: AUDIENCE, client_id: client.clientId, exp: epoch() + 300 })
    .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: crypto.randomUUID() })
    .sign(privateKey);
}

describe('key rotation at the IdP', () => {
  it('is picked up without restarting the gateway: tokens of the new key pass, those of a retired key stop', async () => {
    const beforeRotation = await h.token(client);
    expect(await status(beforeRotation)).toBe(200);

    advance(6000); // past the refetch cooldown since the first fetch
    const newKid = await h.idp.rotateSigningKey();
    const hits = h.jwks.hits;
    const afterRotation = await h.token(client);
    expect(decodeProtectedHeader(afterRotation).kid).toBe(newKid);
    expect(decodeProtectedHeader(beforeRotation).kid).not.toBe(newKid);
    expect(await status(afterRotation)).toBe(200);
    // The IdP announced the new key in its JWKS before it signed: the gateway already had it.
    expect(h.jwks.hits - hits).toBe(0);
    // The old key is still published, so its tokens keep working.
    expect(await status(await h.signWithIdpKey({ iss: h.idp.issuer, aud: AUDIENCE, client_id: client.clientId, exp: epoch() + 300 }))).toBe(200);
    expect(await status(beforeRotation)).toBe(200);

    advance(6000);
    await h.idp.rotateSigningKey({ retirePrevious: true });
    expect(await status(await h.token(client))).toBe(200);
    // That refetch dropped the retired keys: their tokens fail at once, cached or not.
    expectInvalidToken(await h.get('/echo-api/', afterRotation), 'The access token is invalid');
    expectInvalidToken(await h.get('/echo-api/', beforeRotation), 'The access token is invalid');
  });
});

describe('a flood of unknown kids', () => {
  it('costs the IdP at most one JWKS fetch at a time, and none more within the cooldown', async () => {
    advance(6000);
    const tokens = await Promise.all(Array.from({ length: 50 }, tokenWithRandomKid));
    const hits = h.jwks.hits;
    const replies = await Promise.all(tokens.map((token) => h.get('/echo-api/', token)));
    for (const reply of replies) expectInvalidToken(reply, 'The access token is invalid');
    expect(h.jwks.hits - hits).toBe(1);

    const more = await Promise.all(Array.from({ length: 20 }, tokenWithRandomKid));
    for (const token of more) expect(await status(token)).toBe(401);
    expect(h.jwks.hits - hits).toBe(1);
  });
});

describe('the JWKS endpoint down', () => {
  it('keeps accepting tokens of known keys, also after the key max age, and fails closed on unknown kids', async () => {
    const cached = await h.token(client);
    expect(await status(cached)).toBe(200);
    await h.jwks.down();
    try {
      // A token never seen before, signed with a key the gateway already has.
      expect(await status(await h.token(client))).toBe(200);
      // Past the 5 minute max age the gateway tries to refresh, fails, and keeps the keys.
      advance(6 * 60_000);
      expect(await status(await h.token(client))).toBe(200);
      expect(await status(await h.token(client))).toBe(200);

      // Unknown kids cannot be checked: refused with 503 (try later), never let through.
      const unknown = await h.get('/echo-api/', await tokenWithRandomKid());
      expect(unknown.status).toBe(503);
      expect(unknown.headers['retry-after']).toBe('5');
      expect(unknown.json).toEqual({ error: 'temporarily_unavailable', error_description: 'The access token cannot be verified right now' });

      // A key made while the JWKS is down is unknown too, until the endpoint is back: two
      // rotations, so the key that signs was announced during the outage.
      await h.idp.rotateSigningKey();
      await h.idp.rotateSigningKey();
      const rotated = await h.token(client);
      expect(await status(rotated)).toBe(503);

      await h.jwks.up();
      advance(6000);
      expect(await status(rotated)).toBe(200);
    } finally {
      if (!h.jwks.isUp) await h.jwks.up();
    }
  });
});
