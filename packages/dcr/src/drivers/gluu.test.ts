import { afterEach, describe, expect, it } from 'vitest';
import { deleteClient } from '../delete-client.ts';
import { registerClient } from '../register-client.ts';
import type { RegisteredClient } from '../registration-result.ts';
import { startFakeGluu, type FakeGluu } from '../test-support/fake-gluu.ts';
import { updateClient } from '../update-client.ts';
import type { ClientAtIdp } from './provider-driver.ts';

let gluu: FakeGluu | undefined;
afterEach(() => gluu?.close());

const metadata = {
  client_name: 'Payroll',
  redirect_uris: ['https://payroll.example/callback'],
  grant_types: ['authorization_code' as const],
  response_types: ['code' as const],
  token_endpoint_auth_method: 'client_secret_post' as const,
};
const clientAt = (reg: RegisteredClient, endpoint: string): ClientAtIdp => ({
  clientId: reg.client_id,
  registrationEndpoint: endpoint,
  registrationClientUri: reg.registration_client_uri ?? null,
  registrationAccessToken: reg.registration_access_token ?? null,
  initialAccessToken: null,
});

describe('the Gluu driver against a Gluu-shaped fake', () => {
  it('registers at /oxauth/restv1/register with a Bearer access token and accepts its 200', async () => {
    gluu = await startFakeGluu({ accessToken: 'gluu-at' });
    const result = await registerClient({ provider: 'GLUU', registrationEndpoint: gluu.registrationEndpoint, initialAccessToken: 'gluu-at', metadata });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(gluu.requests.at(-1)).toMatchObject({ method: 'POST', url: '/oxauth/restv1/register', authorization: 'Bearer gluu-at' });
    expect(result.value.registration_client_uri).toBe(`${gluu.registrationEndpoint}?client_id=${result.value.client_id}`);
    expect(result.value.client_secret_expires_at).toBeGreaterThan(0);
  });

  it('registers without authentication when the server needs none', async () => {
    gluu = await startFakeGluu();
    const result = await registerClient({ provider: 'GLUU', registrationEndpoint: gluu.registrationEndpoint, metadata });
    expect(result.ok).toBe(true);
    expect(gluu.requests.at(-1)!.authorization).toBeUndefined();
  });

  it("passes Gluu's invalid_redirect_uri through", async () => {
    gluu = await startFakeGluu();
    const result = await registerClient({ provider: 'GLUU', registrationEndpoint: gluu.registrationEndpoint, metadata: { ...metadata, redirect_uris: ['app://x/cb'] } });
    expect(result).toMatchObject({ ok: false, kind: 'rejected', error: 'invalid_redirect_uri' });
  });

  it('updates and deletes at registration_client_uri (client_id in the query) with the registration access token', async () => {
    gluu = await startFakeGluu({ version: '4.1+' });
    const reg = await registerClient({ provider: 'GLUU', registrationEndpoint: gluu.registrationEndpoint, metadata });
    if (!reg.ok) throw new Error('registration failed');
    const client = clientAt(reg.value, gluu.registrationEndpoint);
    const updated = await updateClient({ provider: 'GLUU', client, metadata: { ...reg.value, client_name: 'Payroll v2' }, currentSecret: reg.value.client_secret ?? null });
    expect(updated).toMatchObject({ ok: true, value: { client_name: 'Payroll v2' } });
    expect(gluu.requests.at(-1)).toMatchObject({ method: 'PUT', url: `/oxauth/restv1/register?client_id=${reg.value.client_id}`, authorization: `Bearer ${reg.value.registration_access_token}` });
    expect(await deleteClient({ provider: 'GLUU', client })).toEqual({ ok: true, value: 'deleted' });
    expect(gluu.clients.size).toBe(0);
  });

  it('reports an oxAuth before 4.1, which has no DELETE (405), as not supported', async () => {
    gluu = await startFakeGluu({ version: 'before-4.1' });
    const reg = await registerClient({ provider: 'GLUU', registrationEndpoint: gluu.registrationEndpoint, metadata });
    if (!reg.ok) throw new Error('registration failed');
    const result = await deleteClient({ provider: 'GLUU', client: clientAt(reg.value, gluu.registrationEndpoint) });
    expect(result).toMatchObject({ ok: false, kind: 'unsupported', message: expect.stringMatching(/HTTP 405/) });
    expect(gluu.clients.size).toBe(1);
  });
});
