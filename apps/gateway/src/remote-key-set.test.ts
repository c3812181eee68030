import { createServer } from 'node:http';
import { errors, exportJWK, generateKeyPair, type JWK } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { KeysUnavailableError, MAX_JWKS_BYTES, RemoteKeySet } from './remote-key-set.ts';
import { listen, stop } from './test-support/listen.ts';

// A JWKS endpoint the tests steer: what it publishes, how slowly, and whether it answers at all.
let published: JWK[] = [];
let delayMs = 0;
let failing = false;
let rawBody: string | undefined;
let hits = 0;
const jwksServer = createServer((_req, res) => {
  hits++;
  setTimeout(() => {
    if (failing) {
      res.writeHead(500).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/jwk-set+json' }).end(rawBody ?? JSON.stringify({ keys: published }));
  }, delayMs);
});
let jwksUrl = '';
let known: JWK;

const START = new Date('2031-03-01T09:00:00Z');
const advance = (ms: number) => vi.setSystemTime(Date.now() + ms);

beforeAll(async () => {
  jwksUrl = `${await listen(jwksServer)}/jwks`;
  known = { ...(await exportJWK((await generateKeyPair('RS256')).publicKey)), kid: 'known', alg: 'RS256' };
});
afterAll(() => stop(jwksServer));
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: START });
  published = [known];
  delayMs = 0;
  failing = false;
  rawBody = undefined;
  hits = 0;
});

/** Selects the key for a compact JWS with this kid (the token itself is not needed to select it). */
const keyFor = (keys: RemoteKeySet, kid: string) => keys.getKey({ alg: 'RS256', kid }, { payload: '', signature: '' });

describe('RemoteKeySet', () => {
  it('fetches once for a burst of requests, and serves later ones from memory', async () => {
    delayMs = 50;
    const keys = new RemoteKeySet(jwksUrl);
    await Promise.all(Array.from({ length: 20 }, () => keyFor(keys, 'known')));
    await keyFor(keys, 'known');
    expect(hits).toBe(1);
  });

  it('refetches for an unknown kid once per cooldown, with concurrent requests sharing the fetch', async () => {
    const keys = new RemoteKeySet(jwksUrl, { cooldownMs: 5000 });
    await keyFor(keys, 'known');
    delayMs = 50;
    advance(5000);
    const flood = await Promise.allSettled(Array.from({ length: 30 }, (_, i) => keyFor(keys, `random-${i}`)));
    expect(flood.every((r) => r.status === 'rejected' && r.reason instanceof errors.JWKSNoMatchingKey)).toBe(true);
    expect(hits).toBe(2);
    // Within the cooldown an unknown kid is refused without a fetch.
    await expect(keyFor(keys, 'random-x')).rejects.toBeInstanceOf(errors.JWKSNoMatchingKey);
    expect(hits).toBe(2);
  });

  it('picks up a key the IdP rotated in on its first use after the cooldown', async () => {
    const keys = new RemoteKeySet(jwksUrl, { cooldownMs: 5000 });
    await keyFor(keys, 'known');
    const rotated = { ...(await exportJWK((await generateKeyPair('RS256')).publicKey)), kid: 'rotated', alg: 'RS256' };
    published = [rotated, known];
    advance(5000);
    await expect(keyFor(keys, 'rotated')).resolves.toBeDefined();
  });

  it('counts a generation each time a refetch drops a key, not when one is added', async () => {
    const keys = new RemoteKeySet(jwksUrl, { cooldownMs: 5000 });
    await keyFor(keys, 'known');
    const rotated = { ...(await exportJWK((await generateKeyPair('RS256')).publicKey)), kid: 'rotated', alg: 'RS256' };
    published = [rotated, known];
    advance(5000);
    await keyFor(keys, 'rotated');
    expect(keys.generation).toBe(0);
    published = [rotated];
    advance(5000);
    await expect(keyFor(keys, 'another')).rejects.toBeInstanceOf(errors.JWKSNoMatchingKey);
    expect(keys.generation).toBe(1);
  });

  it('keeps the last keys while the endpoint fails, and fails closed (unavailable) for unknown kids', async () => {
    const keys = new RemoteKeySet(jwksUrl, { maxAgeMs: 60_000, failureBackoffMs: 1000 });
    await keyFor(keys, 'known');
    failing = true;
    advance(61_000);
    // Stale: a background refresh starts, fails, and the known key is still served.
    await keyFor(keys, 'known');
    await vi.waitFor(() => expect(hits).toBe(2));
    await expect(keyFor(keys, 'known')).resolves.toBeDefined();
    await expect(keyFor(keys, 'unknown')).rejects.toBeInstanceOf(KeysUnavailableError);
    // Within the backoff nothing is fetched, however many requests ask.
    await Promise.allSettled(Array.from({ length: 10 }, () => keyFor(keys, 'unknown')));
    expect(hits).toBe(2);
  });

  it('reports the keys unavailable when the first fetch fails, and retries after the backoff', async () => {
    failing = true;
    const keys = new RemoteKeySet(jwksUrl, { failureBackoffMs: 1000 });
    await expect(keyFor(keys, 'known')).rejects.toBeInstanceOf(KeysUnavailableError);
    await expect(keyFor(keys, 'known')).rejects.toBeInstanceOf(KeysUnavailableError);
    expect(hits).toBe(1);
    failing = false;
    advance(1000);
    await expect(keyFor(keys, 'known')).resolves.toBeDefined();
    expect(hits).toBe(2);
  });

  it('treats an answer that is not a JWK Set as a failed fetch', async () => {
    rawBody = JSON.stringify({ keys: 'not a list' });
    const onFetchFailed = vi.fn();
    const keys = new RemoteKeySet(jwksUrl, { onFetchFailed });
    await expect(keyFor(keys, 'known')).rejects.toBeInstanceOf(KeysUnavailableError);
    expect(onFetchFailed).toHaveBeenCalledTimes(1);
  });

  it('refuses a JWKS answer over the size cap', async () => {
    rawBody = JSON.stringify({ keys: [known], padding: 'x'.repeat(MAX_JWKS_BYTES) });
    const onFetchFailed = vi.fn();
    const keys = new RemoteKeySet(jwksUrl, { onFetchFailed });
    await expect(keyFor(keys, 'known')).rejects.toBeInstanceOf(KeysUnavailableError);
    expect(String(onFetchFailed.mock.calls[0]?.[0])).toMatch(/cap/);
  });
});
