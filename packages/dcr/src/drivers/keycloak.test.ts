import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteClient } from '../delete-client.ts';
import { registerClient } from '../register-client.ts';
import type { RegisteredClient } from '../registration-result.ts';
import { rotateClientSecret } from '../rotate-client-secret.ts';
import { startFakeKeycloak, type FakeKeycloak } from '../test-support/fake-keycloak.ts';
import { updateClient } from '../update-client.ts';
import type { ClientAtIdp } from './provider-driver.ts';

let keycloak: FakeKeycloak;
beforeAll(async () => {
  keycloak = await startFakeKeycloak({ registrations: 4 });
});
afterAll(() => keycloak.close());

const metadata = {
  client_name: 'Payroll',
  redirect_uris: ['https://payroll.example/callback'],
  grant_types: ['authorization_code' as const, 'client_credentials' as const],
  response_types: ['code' as const],
  token_endpoint_auth_method: 'client_secret_basic' as const,
};
const register = (token: string | null = keycloak.initialAccessToken) =>
  registerClient({ provider: 'KEYCLOAK', registrationEndpoint: keycloak.registrationEndpoint, initialAccessToken: token, metadata });
const clientAt = (reg: RegisteredClient): ClientAtIdp => ({
  clientId: reg.client_id,
  registrationEndpoint: keycloak.registrationEndpoint,
  registrationClientUri: reg.registration_client_uri ?? null,
  registrationAccessToken: reg.registration_access_token ?? null,
  initialAccessToken: keycloak.initialAccessToken,
});

describe('the Keycloak driver against a Keycloak-shaped fake', () => {
  let registered: RegisteredClient;

  it('registers with Authorization: Bearer <initial access token>', async () => {
    const result = await register();
    if (!result.ok) throw new Error(`registration failed: ${JSON.stringify(result)}`);
    registered = result.value;
    expect(keycloak.requests.at(-1)).toMatchObject({ method: 'POST', authorization: `Bearer ${keycloak.initialAccessToken}` });
    expect(registered.registration_client_uri).toBe(`${keycloak.registrationEndpoint}/${registered.client_id}`);
  });

  it('reports a missing or spent initial access token as refused credentials', async () => {
    expect(await register(null)).toMatchObject({ ok: false, kind: 'unavailable', message: expect.stringMatching(/Initial Registration Access Token/) });
  });

  it('updates at registration_client_uri with the registration access token, which Keycloak rotates', async () => {
    const result = await updateClient({
      provider: 'KEYCLOAK',
      client: clientAt(registered),
      metadata: { ...registered, client_name: 'Payroll v2' },
      currentSecret: registered.client_secret ?? null,
    });
    expect(keycloak.requests.at(-1)).toMatchObject({ method: 'PUT', authorization: `Bearer ${registered.registration_access_token}` });
    if (!result.ok) throw new Error('update failed');
    expect(result.value.client_name).toBe('Payroll v2');
    // The answer's token is the only one that works now: a caller that drops it loses the client.
    expect(result.value.registration_access_token).not.toBe(registered.registration_access_token);
    const stale = await updateClient({ provider: 'KEYCLOAK', client: clientAt(registered), metadata: registered, currentSecret: null });
    expect(stale).toMatchObject({ ok: false, kind: 'unavailable', message: expect.stringMatching(/registration access token/) });
    registered = result.value;
  });

  it('says Keycloak issues no new secrets through client registration, without calling it', async () => {
    const before = keycloak.requests.length;
    const result = await rotateClientSecret({ provider: 'KEYCLOAK', client: clientAt(registered), metadata: registered, currentSecret: registered.client_secret ?? null });
    expect(result).toMatchObject({ ok: false, kind: 'unsupported', message: expect.stringMatching(/Keycloak/) });
    expect(keycloak.requests.length).toBe(before);
  });

  it('deletes with the registration access token (204)', async () => {
    expect(await deleteClient({ provider: 'KEYCLOAK', client: clientAt(registered) })).toEqual({ ok: true, value: 'deleted' });
    expect(keycloak.requests.at(-1)).toMatchObject({ method: 'DELETE', authorization: `Bearer ${registered.registration_access_token}` });
    expect(keycloak.clients.has(registered.client_id)).toBe(false);
  });
});
