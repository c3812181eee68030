import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteClient } from '../delete-client.ts';
import { registerClient } from '../register-client.ts';
import { rotateClientSecret } from '../rotate-client-secret.ts';
import { startFakeIdp } from '../test-support/fake-idp-server.ts';
import { startFakeOkta, type FakeOkta } from '../test-support/fake-okta.ts';
import { updateClient } from '../update-client.ts';
import type { ClientAtIdp } from './provider-driver.ts';

let okta: FakeOkta;
beforeAll(async () => {
  okta = await startFakeOkta();
});
afterAll(() => okta.close());

const webApp = {
  client_name: 'Payroll',
  redirect_uris: ['https://payroll.example/callback'],
  grant_types: ['authorization_code' as const],
  response_types: ['code' as const],
  token_endpoint_auth_method: 'client_secret_post' as const,
};
const clientAt = (clientId: string, apiToken: string | null = okta.apiToken): ClientAtIdp => ({
  clientId,
  registrationEndpoint: `${okta.origin}/oauth2/v1/clients`,
  registrationClientUri: null,
  registrationAccessToken: null,
  initialAccessToken: apiToken,
});
const register = (metadata: Parameters<typeof registerClient>[0]['metadata'], token: string | null = okta.apiToken) =>
  registerClient({ provider: 'OKTA', registrationEndpoint: `${okta.origin}/oauth2/v1/clients`, initialAccessToken: token, metadata });

describe('the Okta driver against an Okta-shaped fake', () => {
  it('registers at the org-level /oauth2/v1/clients with Authorization: SSWS <API token>', async () => {
    const result = await register(webApp);
    expect(result).toMatchObject({ ok: true, value: { client_id: expect.stringMatching(/^0oa/), client_secret: expect.any(String) } });
    const sent = okta.requests.at(-1)!;
    expect(sent).toMatchObject({ method: 'POST', url: '/oauth2/v1/clients', authorization: `SSWS ${okta.apiToken}` });
    expect(sent.body).toMatchObject({ application_type: 'web', grant_types: ['authorization_code'], response_types: ['code'] });
  });

  it('registers a client-credentials-only client as a service app with response type token', async () => {
    const result = await register({ ...webApp, redirect_uris: [], grant_types: ['client_credentials'], response_types: [] });
    expect(result.ok).toBe(true);
    expect(okta.requests.at(-1)!.body).toEqual({
      client_name: 'Payroll',
      grant_types: ['client_credentials'],
      response_types: ['token'],
      application_type: 'service',
      token_endpoint_auth_method: 'client_secret_post',
    });
  });

  it("passes Okta's own invalid_client_metadata through with its description", async () => {
    const result = await register({ ...webApp, response_types: ['code', 'token'] });
    expect(result).toEqual({
      ok: false,
      kind: 'rejected',
      error: 'invalid_client_metadata',
      description: "'grant_types' must contain 'implicit' when 'response_types' contains 'token'.",
      status: 400,
    });
  });

  it('says the API token was refused when Okta answers 401', async () => {
    expect(await register(webApp, 'wrong')).toMatchObject({ ok: false, kind: 'unavailable', message: expect.stringMatching(/refused the portal's API token/) });
  });

  it('updates with a full PUT to /oauth2/v1/clients/{id} without the issued-at fields, and SSWS', async () => {
    const created = await register(webApp);
    if (!created.ok) throw new Error('registration failed');
    const { client_id, client_secret } = created.value;
    const result = await updateClient({
      provider: 'OKTA',
      client: clientAt(client_id),
      metadata: { ...created.value, redirect_uris: ['https://payroll.example/new'] },
      currentSecret: client_secret ?? null,
    });
    expect(result).toMatchObject({ ok: true, value: { redirect_uris: ['https://payroll.example/new'], client_secret } });
    const sent = okta.requests.at(-1)!;
    expect(sent).toMatchObject({ method: 'PUT', url: `/oauth2/v1/clients/${client_id}`, authorization: `SSWS ${okta.apiToken}` });
    expect(sent.body).not.toHaveProperty('client_secret');
    expect(sent.body).not.toHaveProperty('client_id_issued_at');
    expect(sent.body).not.toHaveProperty('client_secret_expires_at');
  });

  it('rotates the secret with POST /oauth2/v1/clients/{id}/lifecycle/newSecret', async () => {
    const created = await register(webApp);
    if (!created.ok) throw new Error('registration failed');
    const result = await rotateClientSecret({
      provider: 'OKTA',
      client: clientAt(created.value.client_id),
      metadata: created.value,
      currentSecret: created.value.client_secret ?? null,
    });
    expect(result).toMatchObject({ ok: true, value: { rotated: true } });
    if (!result.ok) return;
    expect(result.value.registered.client_secret).not.toBe(created.value.client_secret);
    expect(okta.clients.get(created.value.client_id)!.client_secret).toBe(result.value.registered.client_secret);
    expect(okta.requests.at(-1)).toMatchObject({
      method: 'POST',
      url: `/oauth2/v1/clients/${created.value.client_id}/lifecycle/newSecret`,
      authorization: `SSWS ${okta.apiToken}`,
    });
  });

  it('deletes with DELETE /oauth2/v1/clients/{id} (204), and does not take a 404 for a deletion', async () => {
    const created = await register(webApp);
    if (!created.ok) throw new Error('registration failed');
    const client = clientAt(created.value.client_id);
    expect(await deleteClient({ provider: 'OKTA', client })).toEqual({ ok: true, value: 'deleted' });
    expect(okta.requests.at(-1)).toMatchObject({ method: 'DELETE', url: `/oauth2/v1/clients/${created.value.client_id}`, authorization: `SSWS ${okta.apiToken}` });
    expect(okta.clients.has(created.value.client_id)).toBe(false);
    expect(await deleteClient({ provider: 'OKTA', client })).toMatchObject({ ok: false, notConfirmedGone: true, message: expect.stringMatching(/HTTP 404/) });
  });

  it.each(['..', '.', 'a/b', '0oa%2F..'])('never puts the client_id %s into a path with the API token', async (clientId) => {
    const before = okta.requests.length;
    expect(await deleteClient({ provider: 'OKTA', client: clientAt(clientId) })).toMatchObject({ ok: false, kind: 'unsupported' });
    expect(okta.requests.length).toBe(before);
  });

  it('refuses a registration answer whose client_id is not an Okta app id, naming the field', async () => {
    const hostile = await startFakeIdp(() => ({ status: 201, body: { client_id: '..', client_secret: 'x' } }));
    try {
      const result = await registerClient({ provider: 'OKTA', registrationEndpoint: `${hostile.origin}/oauth2/v1/clients`, initialAccessToken: 'tok', metadata: webApp });
      expect(result).toMatchObject({ ok: false, kind: 'invalid-answer', field: 'client_id', salvaged: { clientId: '..' } });
    } finally {
      await hostile.close();
    }
  });

  it('does not take a refused API token for a deleted client', async () => {
    const created = await register(webApp);
    if (!created.ok) throw new Error('registration failed');
    const result = await deleteClient({ provider: 'OKTA', client: clientAt(created.value.client_id, 'revoked-token') });
    expect(result).toMatchObject({ ok: false, kind: 'unavailable', message: expect.stringMatching(/API token/) });
    expect(okta.clients.has(created.value.client_id)).toBe(true);
  });

  it('cannot manage a client once the settings hold no API token', async () => {
    const result = await deleteClient({ provider: 'OKTA', client: clientAt('0oaX', null) });
    expect(result).toMatchObject({ ok: false, kind: 'unsupported', message: expect.stringMatching(/no Okta API token/) });
  });
});
