import { randomBytes } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { createIdp } from './create-idp.ts';
import { generateSigningKey, type KeyFile } from './signing-keys.ts';
import { clientCredentials, register } from './test-support/oauth-requests.ts';
import { startTestIdp, type TestIdp } from './test-support/start-test-idp.ts';

const keyFileText = (t: TestIdp) => readFileSync(join(t.dir, 'idp-keys.json'), 'utf8');
const jwks = async (t: TestIdp) => (await (await fetch(t.idp.endpoints.jwks)).json()) as JSONWebKeySet;

describe('the signing key file is sealed at rest', () => {
  let first: TestIdp | undefined;
  let second: TestIdp | undefined;
  afterEach(async () => {
    await first?.idp.close();
    await second?.cleanup();
    first = second = undefined;
  });

  it('holds nothing in clear, not even a kid, and still signs and serves its JWKS after a restart', async () => {
    const encryptionKey = randomBytes(32);
    first = await startTestIdp({ encryptionKey });
    const reg = (await register(first.idp)).body;
    const before = (await clientCredentials(first.idp, reg)).body.access_token!;
    const kid = first.idp.signingKid;
    await first.idp.close();

    const text = keyFileText(first);
    expect(text).not.toMatch(/"d"\s*:/);
    expect(text).not.toContain(kid);
    expect(statSync(join(first.dir, 'idp-keys.json')).mode & 0o777).toBe(0o600);

    second = await startTestIdp({ dir: first.dir, encryptionKey });
    expect(second.idp.signingKid).toBe(kid);
    const published = await jwks(second);
    expect(published.keys.map((k) => k.kid)).toContain(kid);
    // The public half only, as RFC 7517 section 4 has it for a published set.
    expect(published.keys.every((k) => !('d' in k))).toBe(true);
    const after = await clientCredentials(second.idp, reg);
    expect(after.status).toBe(200);
    expect(decodeProtectedHeader(after.body.access_token!).kid).toBe(kid);
    await expect(jwtVerify(before, createLocalJWKSet(published))).resolves.toBeDefined();
    await expect(jwtVerify(after.body.access_token!, createLocalJWKSet(published))).resolves.toBeDefined();
  });

  it('seals a key file written in clear on the first start, keeping its keys', async () => {
    const encryptionKey = randomBytes(32);
    first = await startTestIdp({ encryptionKey });
    await first.idp.close();
    const signingKey = await generateSigningKey();
    const clear: KeyFile = { keys: [signingKey], cookieKeys: [randomBytes(32).toString('base64url')] };
    writeFileSync(join(first.dir, 'idp-keys.json'), JSON.stringify(clear), { mode: 0o600 });

    second = await startTestIdp({ dir: first.dir, encryptionKey });
    expect(second.idp.signingKid).toBe(signingKey.kid);
    expect(keyFileText(second)).not.toMatch(/"d"\s*:/);
    const reg = (await register(second.idp)).body;
    const token = await clientCredentials(second.idp, reg);
    expect(decodeProtectedHeader(token.body.access_token!).kid).toBe(signingKey.kid);
  });

  it('refuses to start with another encryption key, naming the variable to set', async () => {
    first = await startTestIdp({ encryptionKey: randomBytes(32) });
    await first.idp.close();
    const sealedBefore = keyFileText(first);
    await expect(createIdp({ ...first.options, encryptionKey: randomBytes(32) })).rejects.toThrow(
      /idp-keys\.json cannot be opened with this encryption key; start the IdP with the GATEHOUSE_ENCRYPTION_KEY/,
    );
    // Nothing replaced: the right key still opens it.
    expect(keyFileText(first)).toBe(sealedBefore);
  });

  it('uses the data directory key file when no key is given, as the portal API does locally', async () => {
    first = await startTestIdp();
    const kid = first.idp.signingKid;
    await first.idp.close();
    expect(statSync(join(first.dir, 'encryption.key')).mode & 0o777).toBe(0o600);
    second = await startTestIdp({ dir: first.dir });
    expect(second.idp.signingKid).toBe(kid);
  });
});
