import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientCredentials, register, type Registration } from './test-support/oauth-requests.ts';
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

  it('signs new tokens with the new key and keeps the old one published, so both verify', async () => {
    const oldKid = t.idp.signingKid;
    const before = await token();

    const newKid = await t.idp.rotateSigningKey();
    expect(newKid).not.toBe(oldKid);
    expect(t.idp.signingKid).toBe(newKid);

    const after = await token();
    expect(decodeProtectedHeader(after).kid).toBe(newKid);

    const keys = await jwks();
    expect(keys.keys.map((k) => k.kid)).toEqual([newKid, oldKid]);
    await expect(jwtVerify(before, createLocalJWKSet(keys))).resolves.toBeDefined();
    await expect(jwtVerify(after, createLocalJWKSet(keys))).resolves.toBeDefined();
  });

  it('with retirePrevious, drops older keys so their tokens no longer verify', async () => {
    const before = await token();
    const newKid = await t.idp.rotateSigningKey({ retirePrevious: true });

    const keys = await jwks();
    expect(keys.keys.map((k) => k.kid)).toEqual([newKid]);
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
