import { statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeProtectedHeader } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { createIdp } from './create-idp.ts';
import { clientCredentials, manage, register } from './test-support/oauth-requests.ts';
import { startTestIdp, type TestIdp } from './test-support/start-test-idp.ts';

describe('restart on the same files', () => {
  let first: TestIdp | undefined;
  let second: TestIdp | undefined;
  afterEach(async () => {
    await first?.idp.close();
    await second?.cleanup();
  });

  it('keeps registered clients, their management tokens and the signing key', async () => {
    first = await startTestIdp();
    const reg = (await register(first.idp)).body;
    const kid = first.idp.signingKid;
    const next = first.idp.signingKeys.find((k) => k.state === 'next')!.kid;
    await first.idp.close();

    second = await startTestIdp({ dir: first.dir });
    expect(second.idp.signingKid).toBe(kid);
    const jwks = (await (await fetch(second.idp.endpoints.jwks)).json()) as { keys: { kid: string }[] };
    expect(jwks.keys.map((k) => k.kid)).toEqual([kid, next]);

    // The new process listens on another port: the client is found by id, not by URL.
    const token = await clientCredentials(second.idp, reg);
    expect(token.status).toBe(200);
    expect(decodeProtectedHeader(token.body.access_token!).kid).toBe(kid);

    const moved = { ...reg, registration_client_uri: `${second.idp.endpoints.registration}/${reg.client_id}` };
    expect((await manage(moved, 'GET')).status).toBe(200);
  });

  it('creates the key file readable by its owner only, beside the database by default', async () => {
    first = await startTestIdp();
    const mode = statSync(join(first.dir, 'idp-keys.json')).mode & 0o777;
    expect(mode).toBe(0o600);
  });

  it('refuses to start on a corrupt key file rather than replacing the keys', async () => {
    first = await startTestIdp();
    await first.idp.close();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(first.dir, 'idp-keys.json'), '{ not json');
    await expect(createIdp(first.options)).rejects.toThrow(/idp-keys\.json is not valid JSON/);
  });
});
