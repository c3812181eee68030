import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientCredentials, register, WEB_CLIENT } from './test-support/oauth-requests.ts';
import { startTestIdp, TEST_AUDIENCE, type TestIdp } from './test-support/start-test-idp.ts';

describe('client credentials grant: JWT access tokens (RFC 9068) for the gateway', () => {
  let t: TestIdp;
  beforeAll(async () => {
    t = await startTestIdp();
  });
  afterAll(() => t.cleanup());

  it('issues an RS256 at+jwt for the gateway without `resource` or `scope` in the request', async () => {
    const client = (await register(t.idp)).body;
    const { status, body } = await clientCredentials(t.idp, client);
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'read' });

    const token = body.access_token!;
    expect(decodeProtectedHeader(token)).toEqual({ typ: 'at+jwt', alg: 'RS256', kid: t.idp.signingKid });
    const { payload } = await jwtVerify(token, createRemoteJWKSet(new URL(t.idp.endpoints.jwks)), {
      issuer: t.idp.issuer,
      audience: TEST_AUDIENCE,
      typ: 'at+jwt',
      algorithms: ['RS256'],
    });
    expect(payload).toMatchObject({
      client_id: client.client_id,
      sub: client.client_id,
      iss: t.idp.issuer,
      aud: TEST_AUDIENCE,
      scope: 'read',
      jti: expect.any(String),
      iat: expect.any(Number),
    });
    expect(payload.exp! - payload.iat!).toBe(3600);
  });

  it('accepts client_secret_basic (RFC 6749 section 2.3.1)', async () => {
    const client = (await register(t.idp, { ...WEB_CLIENT, token_endpoint_auth_method: 'client_secret_basic' })).body;
    const res = await fetch(t.idp.endpoints.token, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${encodeURIComponent(client.client_id)}:${encodeURIComponent(client.client_secret!)}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    });
    expect(res.status).toBe(200);
    expect(decodeProtectedHeader(((await res.json()) as { access_token: string }).access_token).typ).toBe('at+jwt');
  });

  it('defaults the scope to every API scope for a client that registered none (RFC 6749 section 3.3)', async () => {
    const { scope: _, ...noScope } = WEB_CLIENT;
    const client = (await register(t.idp, noScope)).body;
    expect((await clientCredentials(t.idp, client)).body.scope).toBe('read write');
  });

  it('applies the same default when the client names the gateway as `resource` (RFC 8707)', async () => {
    const client = (await register(t.idp)).body;
    const res = await clientCredentials(t.idp, client, { resource: TEST_AUDIENCE });
    expect(res.status).toBe(200);
    expect(res.body.scope).toBe('read');
  });

  it('grants a requested scope within the registered ones and refuses others with invalid_scope', async () => {
    const client = (await register(t.idp, { ...WEB_CLIENT, scope: 'read write' })).body;
    expect((await clientCredentials(t.idp, client, { scope: 'write' })).body.scope).toBe('write');

    const narrow = (await register(t.idp)).body; // registered "openid read"
    const refused = await clientCredentials(t.idp, narrow, { scope: 'write' });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('invalid_scope');
  });

  it('refuses a resource other than the gateway with invalid_target (RFC 8707 section 2)', async () => {
    const client = (await register(t.idp)).body;
    const res = await clientCredentials(t.idp, client, { resource: 'https://elsewhere.example' });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_target');
  });

  it('refuses a wrong secret with 401 invalid_client', async () => {
    const client = (await register(t.idp)).body;
    const res = await clientCredentials(t.idp, { ...client, client_secret: 'wrong' });
    expect(res.status).toBe(401);
    expect(res.body.error).toBe('invalid_client');
  });

  it('refuses the grant to a client that did not register it', async () => {
    const client = (await register(t.idp, { ...WEB_CLIENT, grant_types: ['authorization_code'] })).body;
    const res = await clientCredentials(t.idp, client);
    expect(res.status).toBe(400);
    // oidc-provider answers invalid_request here, where RFC 6749 section 5.2 names unauthorized_client.
    expect(res.body).toMatchObject({ error: 'invalid_request', error_description: 'requested grant type is not allowed for this client' });
  });
});

describe('audience given as a function', () => {
  it('is read per request, for tests that learn the gateway URL after starting the IdP', async () => {
    let gateway = 'http://127.0.0.1:1';
    const t = await startTestIdp({ audience: () => gateway });
    try {
      const client = (await register(t.idp)).body;
      gateway = 'http://127.0.0.1:9999';
      const { access_token } = (await clientCredentials(t.idp, client)).body;
      const { payload } = await jwtVerify(access_token!, createRemoteJWKSet(new URL(t.idp.endpoints.jwks)));
      expect(payload.aud).toBe('http://127.0.0.1:9999');
    } finally {
      await t.cleanup();
    }
  });
});
