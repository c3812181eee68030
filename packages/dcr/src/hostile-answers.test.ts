import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover } from './discover.ts';
import { DiscoveryCache } from './discovery-cache.ts';
import { registerClient } from './register-client.ts';
import { rotateClientSecret } from './rotate-client-secret.ts';
import { startFakeIdp, type FakeAnswer, type FakeIdp, type SeenRequest } from './test-support/fake-idp-server.ts';
import { updateClient } from './update-client.ts';

/** An IdP whose every answer the test sets: syntactically valid JSON of unusual shapes. */
let idp: FakeIdp;
let answer: (req: SeenRequest) => FakeAnswer = () => ({ status: 500 });
beforeAll(async () => {
  idp = await startFakeIdp((req) => answer(req));
});
afterAll(() => idp.close());

const metadata = {
  client_name: 'Payroll',
  redirect_uris: ['https://payroll.example/cb'],
  grant_types: ['authorization_code' as const],
  response_types: ['code' as const],
  token_endpoint_auth_method: 'client_secret_basic' as const,
};
const register = () => registerClient({ provider: 'OTHER', registrationEndpoint: `${idp.origin}/register`, initialAccessToken: 'initial-token-123', metadata });
const client = (clientId = 'c1') => ({
  clientId,
  registrationEndpoint: `${idp.origin}/register`,
  registrationClientUri: `${idp.origin}/register/${clientId}`,
  registrationAccessToken: 'rat-1',
  initialAccessToken: null,
});

describe('a registration answer is checked field by field before anything is stored', () => {
  it.each([
    ['client_secret_expires_at', 10_000_000_000_000, /client_secret_expires_at is beyond 9999-12-31/],
    ['client_secret_expires_at', -1, /client_secret_expires_at must not be negative/],
    ['client_secret_expires_at', '0', /client_secret_expires_at must be a number of seconds/],
    ['client_id_issued_at', 1e300, /client_id_issued_at is beyond/],
    ['registration_access_token', 42, /registration_access_token must be a string/],
    ['registration_access_token', { token: 'x' }, /registration_access_token must be a string/],
    ['registration_client_uri', 'javascript:alert(1)', /registration_client_uri must start with https:\/\/ or http:\/\//],
    ['client_secret', 'x'.repeat(5000), /client_secret is longer than 1024 characters/],
    ['redirect_uris', 'https://a.example/cb', /redirect_uris must be a list of strings/],
  ])('%s = %j is refused naming the field, with the client_id kept for the journal', async (field, value, message) => {
    answer = () => ({ status: 201, body: { client_id: 'c-hostile', client_secret: 's', registration_access_token: 'rat', registration_client_uri: `${idp.origin}/register/c-hostile`, [field]: value } });
    const result = await register();
    expect(result).toMatchObject({ ok: false, kind: 'invalid-answer', field, message: expect.stringMatching(message), salvaged: { clientId: 'c-hostile' } });
  });

  it('keeps a fractional time as whole seconds and null as absent', async () => {
    answer = () => ({ status: 201, body: { client_id: 'c-ok', client_secret_expires_at: 1_900_000_000.7, client_id_issued_at: null } });
    expect(await register()).toMatchObject({ ok: true, value: { client_id: 'c-ok', client_secret_expires_at: 1_900_000_000 } });
  });

  it('refuses a client_id that is not a string, and a metadata blob larger than the portal stores', async () => {
    answer = () => ({ status: 201, body: { client_id: 'c-big', logo_uri: 'x'.repeat(40 * 1024) } });
    expect(await register()).toMatchObject({ ok: false, kind: 'invalid-answer', field: 'metadata' });
    answer = () => ({ status: 201, body: { client_id: 12345 } });
    expect(await register()).toMatchObject({ ok: false, kind: 'invalid-answer', field: 'client_id', salvaged: { clientId: '12345' } });
  });

  it('takes a 1 MB error answer for a refusal, not for an outcome the portal cannot know', async () => {
    answer = () => ({ status: 400, body: { error: 'invalid_client_metadata', error_description: 'x'.repeat(1024 * 1024) } });
    const result = await register();
    expect(result).toMatchObject({ ok: false, kind: 'unavailable', outcomeUnknown: false, message: expect.stringMatching(/refused the request \(HTTP 400\)/) });
  });
});

describe('a management answer must be about the client asked about', () => {
  it('refuses a rotate answer carrying another client_id and its secret, keeping nothing of it', async () => {
    answer = () => ({ status: 200, body: { client_id: 'someone-else', client_secret: 'their-secret', registration_access_token: 'their-token' } });
    const result = await rotateClientSecret({ provider: 'OTHER', client: client(), metadata: {}, currentSecret: 'old' });
    expect(result).toMatchObject({ ok: false, kind: 'invalid-answer', field: 'client_id', message: expect.stringMatching(/another client than c1/) });
    expect(result).not.toHaveProperty('salvaged');
  });

  it('hands back a rotated token from an answer it refuses, and from a 500', async () => {
    answer = () => ({ status: 200, body: { client_id: 'c1', registration_access_token: 'rat-2', client_secret_expires_at: 1e13 } });
    expect(await updateClient({ provider: 'OTHER', client: client(), metadata: {}, currentSecret: null })).toMatchObject({
      ok: false,
      field: 'client_secret_expires_at',
      salvaged: { registrationAccessToken: 'rat-2' },
    });
    answer = () => ({ status: 500, body: { error: 'server_error', registration_access_token: 'rat-3' } });
    expect(await updateClient({ provider: 'OTHER', client: client(), metadata: {}, currentSecret: null })).toMatchObject({ ok: false, salvaged: { registrationAccessToken: 'rat-3' } });
  });
});

describe('discovery documents are checked like admin input', () => {
  it.each([
    ['token_endpoint', { url: 'x' }, /token_endpoint must be a string/],
    ['token_endpoint', 'javascript:alert(1)', /token_endpoint must start with https:\/\/ or http:\/\//],
    ['jwks_uri', 'https://user:pw@idp.example/jwks', /jwks_uri must not contain a user name or password/],
  ])('%s = %j refuses the document', async (field, value, message) => {
    answer = () => ({ status: 200, body: { issuer: idp.origin, [field]: value } });
    expect(await discover(idp.origin)).toMatchObject({ ok: false, kind: 'invalid-answer', field, message: expect.stringMatching(message) });
  });

  it('does not cache a refused document: fixed at the IdP, it works on the next lookup', async () => {
    const cache = new DiscoveryCache();
    answer = () => ({ status: 200, body: { issuer: idp.origin, token_endpoint: { url: 'x' } } });
    expect((await cache.discover(idp.origin)).ok).toBe(false);
    answer = () => ({ status: 200, body: { issuer: idp.origin, token_endpoint: `${idp.origin}/token` } });
    expect(await cache.discover(idp.origin)).toMatchObject({ ok: true, value: { token_endpoint: `${idp.origin}/token` } });
  });
});
