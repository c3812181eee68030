import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientCredentials, manage, register, WEB_CLIENT } from './test-support/oauth-requests.ts';
import { startTestIdp, type TestIdp } from './test-support/start-test-idp.ts';

describe('RFC 7591 registration, open ("no-authentication")', () => {
  let t: TestIdp;
  beforeAll(async () => {
    t = await startTestIdp();
  });
  afterAll(() => t.cleanup());

  it('registers a confidential web client: 201 with its secret and RFC 7592 management credentials', async () => {
    const { status, body } = await register(t.idp);
    expect(status).toBe(201);
    expect(body).toMatchObject({
      client_id: expect.any(String),
      client_secret: expect.any(String),
      client_secret_expires_at: 0,
      registration_access_token: expect.any(String),
      registration_client_uri: `${t.idp.endpoints.registration}/${body.client_id}`,
      redirect_uris: WEB_CLIENT.redirect_uris,
      grant_types: WEB_CLIENT.grant_types,
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
      scope: 'openid read',
    });
  });

  it('issues no secret to a public client (token_endpoint_auth_method none)', async () => {
    const { status, body } = await register(t.idp, {
      redirect_uris: ['http://localhost:7777'],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
    });
    expect(status).toBe(201);
    expect(body.client_secret).toBeUndefined();
    expect(body.registration_access_token).toEqual(expect.any(String));
  });

  it('registers a client_credentials-only client without redirect URIs', async () => {
    const { status, body } = await register(t.idp, { grant_types: ['client_credentials'], response_types: [], token_endpoint_auth_method: 'client_secret_basic' });
    expect(status).toBe(201);
    expect(body).toMatchObject({ grant_types: ['client_credentials'], response_types: [], redirect_uris: [] });
  });

  it('rejects a custom-scheme redirect URI for a web client with invalid_redirect_uri (section 3.2.2)', async () => {
    const { status, body } = await register(t.idp, { ...WEB_CLIENT, redirect_uris: ['app://oauth.tools/callback/code'] });
    expect(status).toBe(400);
    expect(body).toEqual({ error: 'invalid_redirect_uri', error_description: 'redirect_uris must only contain web uris' });
  });

  it('keeps RFC 7591 software_id and software_version', async () => {
    const { status, body } = await register(t.idp, { ...WEB_CLIENT, software_id: 'gatehouse-portal', software_version: '1.0' });
    expect(status).toBe(201);
    expect(body).toMatchObject({ software_id: 'gatehouse-portal', software_version: '1.0' });
  });

  it('refuses client_credentials for a public client (RFC 6749 section 4.4: confidential clients only)', async () => {
    const { status, body } = await register(t.idp, { ...WEB_CLIENT, token_endpoint_auth_method: 'none' });
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_client_metadata');
    expect(body.error_description).toMatch(/client_credentials/);
  });

  it('rejects metadata it cannot honour with invalid_client_metadata', async () => {
    const unknownScope = await register(t.idp, { ...WEB_CLIENT, scope: 'read admin' });
    expect(unknownScope.status).toBe(400);
    expect(unknownScope.body).toEqual({
      error: 'invalid_client_metadata',
      error_description: 'scope must only contain Authorization Server supported scope values',
    });

    // Curity accepts a `token` response type; this IdP, like the OAuth security BCP, does not.
    const implicit = await register(t.idp, { ...WEB_CLIENT, response_types: ['code', 'token'] });
    expect(implicit.status).toBe(400);
    expect(implicit.body).toEqual({ error: 'invalid_client_metadata', error_description: "response_types can only contain 'code'" });

    // Without response_types the default is ["code"], which needs redirect URIs (RFC 7591
    // section 2): a client_credentials-only client must send response_types [].
    const defaulted = await register(t.idp, { grant_types: ['client_credentials'], token_endpoint_auth_method: 'client_secret_post' });
    expect(defaulted.status).toBe(400);
    expect(defaulted.body).toEqual({ error: 'invalid_redirect_uri', error_description: 'redirect_uris is mandatory property' });
  });
});

describe('RFC 7591 registration with an initial access token (section 3)', () => {
  const initialAccessToken = 'initial-access-token-for-tests';
  let t: TestIdp;
  beforeAll(async () => {
    t = await startTestIdp({ initialAccessToken });
  });
  afterAll(() => t.cleanup());

  it('answers a request without a token with 401 and a Bearer challenge (RFC 6750 section 3.1)', async () => {
    const { status, headers, body } = await register(t.idp);
    expect(status).toBe(401);
    expect(body).toEqual({ error: 'invalid_token', error_description: 'no access token provided' });
    expect(headers.get('www-authenticate')).toBe(`Bearer realm="${t.idp.issuer}"`);
  });

  it('answers a wrong token with 401 invalid_token', async () => {
    const { status, headers, body } = await register(t.idp, WEB_CLIENT, 'Bearer not-the-token');
    expect(status).toBe(401);
    expect(body).toEqual({ error: 'invalid_token', error_description: 'invalid token provided' });
    expect(headers.get('www-authenticate')).toMatch(/^Bearer realm=".+", error="invalid_token"/);
  });

  it('registers with the right token, as often as asked (the token is static, unlike Curity\'s one-time token)', async () => {
    for (let i = 0; i < 2; i++) {
      const { status, body } = await register(t.idp, WEB_CLIENT, `Bearer ${initialAccessToken}`);
      expect(status).toBe(201);
      expect(body.client_id).toEqual(expect.any(String));
    }
  });
});

describe('RFC 7591 section 2 substitution of response types (substituteResponseTypes)', () => {
  /** The seed guide's table: Authorization Code + Token, Authorization Code + Client Credentials, Client Secret - Post. */
  const SEED_TABLE = {
    client_name: 'Seed table app',
    redirect_uris: ['http://localhost:7777', 'https://oauth.tools/callback/code'],
    grant_types: ['authorization_code', 'client_credentials'],
    response_types: ['code', 'token'],
    token_endpoint_auth_method: 'client_secret_post',
  };
  let t: TestIdp;
  beforeAll(async () => {
    t = await startTestIdp({ substituteResponseTypes: true });
  });
  afterAll(() => t.cleanup());

  it('registers the seed table keeping `code` and dropping `token`, and the client works', async () => {
    const { status, body } = await register(t.idp, SEED_TABLE);
    expect(status).toBe(201);
    expect(body).toMatchObject({ response_types: ['code'], grant_types: ['authorization_code', 'client_credentials'], token_endpoint_auth_method: 'client_secret_post' });
    expect((await manage(body, 'GET', undefined)).body).toMatchObject({ response_types: ['code'] });
    const token = await clientCredentials(t.idp, body);
    expect(token.status).toBe(200);
  });

  it('drops `token` on an RFC 7592 update too', async () => {
    const { body } = await register(t.idp, SEED_TABLE);
    const { client_id, client_secret } = body;
    const updated = await manage(body, 'PUT', { ...SEED_TABLE, client_id, client_secret, client_name: 'Renamed' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ client_name: 'Renamed', response_types: ['code'] });
  });

  it('still refuses what stays inconsistent once `token` is gone', async () => {
    // Only `token` was asked for, with the authorization code grant: nothing suitable is left.
    const { status, body } = await register(t.idp, { ...SEED_TABLE, response_types: ['token'] });
    expect(status).toBe(400);
    expect(body).toEqual({ error: 'invalid_client_metadata', error_description: 'response_types must contain members' });
  });
});
