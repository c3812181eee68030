import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadEncryptionKey, SecretBox } from '@gatehouse/config';
import { maintainKeyFile, readKeyFile } from './signing-keys.ts';
import { clientCredentials, register, type Registration } from './test-support/oauth-requests.ts';
import { LONGEST_SIGNED_TOKEN_LIFETIME } from './token-lifetimes.ts';
import { startTestIdp, type TestIdp } from './test-support/start-test-idp.ts';

describe('signing key rotation', () => {
  let t: TestIdp;
  let client: Registration;
  const jwks = async () => (await (await fetch(t.idp.endpoints.jwks)).json()) as JSONWebKeySet;
  const token = async () => (await clientCredentials(t.idp, client)).body.access_token!;

  beforeAll(async () => {
    t = await startTestIdp();
    client = (await register(t.idp)).body;
  });
  afterAll(() => t.cleanup());

  it('announces the next key before it signs, then signs with it and keeps the old one published for the longest token lifetime', async () => {
    const oldKid = t.idp.signingKid;
    const announced = t.idp.signingKeys.find((k) => k.state === 'next')!.kid;
    // Published before it signs anything, so gateways can fetch it ahead of its first token.
    expect((await jwks()).keys.map((k) => k.kid)).toEqual([oldKid, announced]);
    const before = await token();
    expect(decodeProtectedHeader(before).kid).toBe(oldKid);

    const rotatedAt = Date.now();
    const newKid = await t.idp.rotateSigningKey();
    expect(newKid).toBe(announced);
    expect(t.idp.signingKid).toBe(newKid);
    const after = await token();
    expect(decodeProtectedHeader(after).kid).toBe(newKid);

    const states = t.idp.signingKeys;
    const nextKid = states.find((k) => k.state === 'next')!.kid;
    expect(states.map(({ kid, state }) => ({ kid, state }))).toEqual([
      { kid: newKid, state: 'current' },
      { kid: nextKid, state: 'next' },
      { kid: oldKid, state: 'retired' },
    ]);
    // Retired for as long as the longest-lived token it signed can be valid.
    const removeAfter = Date.parse(states.find((k) => k.kid === oldKid)!.removeAfter!);
    expect(removeAfter - rotatedAt).toBeGreaterThanOrEqual((LONGEST_SIGNED_TOKEN_LIFETIME - 2) * 1000);
    expect(removeAfter - rotatedAt).toBeLessThanOrEqual((LONGEST_SIGNED_TOKEN_LIFETIME + 2) * 1000);

    const keys = await jwks();
    expect(keys.keys.map((k) => k.kid)).toEqual([newKid, nextKid, oldKid]);
    await expect(jwtVerify(before, createLocalJWKSet(keys))).resolves.toBeDefined();
    await expect(jwtVerify(after, createLocalJWKSet(keys))).resolves.toBeDefined();
  });

  it('removes a retired key once its tokens have all expired (at the next start or check)', async () => {
    const retired = t.idp.signingKeys.find((k) => k.state === 'retired')!;
    const store = { path: join(t.dir, 'idp-keys.json'), box: new SecretBox(loadEncryptionKey({ dataDir: t.dir, mode: 'local' })) };
    const later = Date.parse(retired.removeAfter!) / 1000 + 1;
    const maintained = await maintainKeyFile(store, readKeyFile(store).file, later);
    expect(maintained.keys.map((k) => k.kid)).not.toContain(retired.kid);
    expect(maintained.keys).toHaveLength(2);
    // Written back, so the next start publishes only current and next.
    await t.idp.close();
    const restarted = await startTestIdp({ dir: t.dir });
    try {
      expect(restarted.idp.signingKeys.map((k) => k.state)).toEqual(['current', 'next']);
    } finally {
      await restarted.idp.close();
    }
    t = await startTestIdp({ dir: t.dir });
    client = (await register(t.idp)).body;
  });

  it('with retirePrevious, drops older keys so their tokens no longer verify', async () => {
    const before = await token();
    const newKid = await t.idp.rotateSigningKey({ retirePrevious: true });

    const keys = await jwks();
    expect(keys.keys.map((k) => k.kid)).toEqual([newKid, t.idp.signingKeys.find((k) => k.state === 'next')!.kid]);
    await expect(jwtVerify(before, createLocalJWKSet(keys))).rejects.toThrow();
    await expect(jwtVerify(await token(), createLocalJWKSet(keys))).resolves.toBeDefined();
  });

  it('persists the rotated keys for the next start', async () => {
    const kid = t.idp.signingKid;
    await t.idp.close();
    const restarted = await startTestIdp({ dir: t.dir });
    try {
      expect(restarted.idp.signingKid).toBe(kid);
    } finally {
      await restarted.idp.close();
    }
  });
});
