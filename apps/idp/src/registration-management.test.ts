import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientCredentials, manage, register, WEB_CLIENT, type Registration } from './test-support/oauth-requests.ts';
import { startTestIdp, type TestIdp } from './test-support/start-test-idp.ts';

/** RFC 7592 section 2.2: the PUT body is the full metadata, without the server-issued fields. */
function replacement(reg: Registration, changes: Partial<typeof WEB_CLIENT>) {
  const { registration_access_token, registration_client_uri, client_id_issued_at, client_secret_expires_at, ...metadata } = reg;
  return { ...metadata, ...changes };
}

describe('RFC 7592 client management', () => {
  let t: TestIdp;
  let reg: Registration;
  beforeAll(async () => {
    t = await startTestIdp();
    reg = (await register(t.idp)).body;
  });
  afterAll(() => t.cleanup());

  it('GET reads the client with the same registration access token (no rotation on read)', async () => {
    const { status, body } = await manage(reg, 'GET');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      client_id: reg.client_id,
      client_secret: reg.client_secret,
      redirect_uris: WEB_CLIENT.redirect_uris,
      registration_access_token: reg.registration_access_token,
      registration_client_uri: reg.registration_client_uri,
    });
  });

  it('PUT replaces the redirect URIs, keeps the secret and rotates the registration access token', async () => {
    const { status, body } = await manage(reg, 'PUT', replacement(reg, { redirect_uris: ['https://oauth.tools/callback/code'] }));
    expect(status).toBe(200);
    expect(body).toMatchObject({ client_id: reg.client_id, client_secret: reg.client_secret, redirect_uris: ['https://oauth.tools/callback/code'] });
    expect(body?.registration_access_token).toEqual(expect.any(String));
    expect(body?.registration_access_token).not.toBe(reg.registration_access_token);

    // The old token is gone: a portal that did not store the new one can no longer manage the client.
    const stale = await manage(reg, 'GET');
    expect(stale.status).toBe(401);
    expect(stale.body?.error).toBe('invalid_token');

    reg = { ...reg, registration_access_token: body!.registration_access_token };
    expect((await manage(reg, 'GET')).body?.redirect_uris).toEqual(['https://oauth.tools/callback/code']);
  });

  it('PUT with an invalid redirect URI is refused with invalid_redirect_uri and changes nothing', async () => {
    const { status, body } = await manage(reg, 'PUT', replacement(reg, { redirect_uris: ['app://oauth.tools/callback/code'] }));
    expect(status).toBe(400);
    expect(body?.error).toBe('invalid_redirect_uri');
    expect((await manage(reg, 'GET')).body?.redirect_uris).toEqual(['https://oauth.tools/callback/code']);
  });

  it('PUT without client_secret issues a new secret (the extension the portal rotates with); the old one stops working', async () => {
    const { client_secret: oldSecret, ...withoutSecret } = replacement(reg, {});
    const { status, body } = await manage(reg, 'PUT', withoutSecret);
    expect(status).toBe(200);
    expect(body?.client_secret).toEqual(expect.any(String));
    expect(body?.client_secret).not.toBe(oldSecret);
    expect((await clientCredentials(t.idp, { client_id: reg.client_id, client_secret: oldSecret })).status).toBe(401);
    reg = { ...reg, client_secret: body!.client_secret, registration_access_token: body!.registration_access_token };
    expect((await clientCredentials(t.idp, reg)).status).toBe(200);
    // The new secret is what the IdP now stores and reads back.
    expect((await manage(reg, 'GET')).body?.client_secret).toBe(reg.client_secret);
  });

  it('PUT with the current client_secret keeps it', async () => {
    const { status, body } = await manage(reg, 'PUT', replacement(reg, { client_name: 'Renamed' }));
    expect(status).toBe(200);
    expect(body).toMatchObject({ client_name: 'Renamed', client_secret: reg.client_secret });
    reg = { ...reg, registration_access_token: body!.registration_access_token };
  });

  it('DELETE answers 204; afterwards the client gets no tokens and its record is gone', async () => {
    expect((await clientCredentials(t.idp, reg)).status).toBe(200);

    const deleted = await manage(reg, 'DELETE');
    expect(deleted.status).toBe(204);

    const token = await clientCredentials(t.idp, reg);
    expect(token.status).toBe(401);
    expect(token.body.error).toBe('invalid_client');
    expect((await manage(reg, 'GET')).status).toBe(401);
    expect((await manage(reg, 'DELETE')).status).toBe(401);
  });

  it('refuses a registration access token of another client (401)', async () => {
    const a = (await register(t.idp)).body;
    const b = (await register(t.idp)).body;
    const crossed = await manage({ registration_client_uri: a.registration_client_uri, registration_access_token: b.registration_access_token }, 'GET');
    expect(crossed.status).toBe(401);
  });
});
