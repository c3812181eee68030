import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestIdp, type TestIdp } from './test-support/start-test-idp.ts';

describe('discovery (OpenID Connect Discovery 1.0, RFC 8414)', () => {
  let t: TestIdp;
  beforeAll(async () => {
    t = await startTestIdp();
  });
  afterAll(() => t.cleanup());

  it('serves the configuration under the issuer path, with the bound port in every URL', async () => {
    const { issuer } = t.idp;
    expect(issuer).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*\/oauth\/v2\/oauth-anonymous$/);

    const res = await fetch(`${issuer}/.well-known/openid-configuration`);
    expect(res.status).toBe(200);
    const metadata = (await res.json()) as Record<string, unknown>;
    expect(metadata).toMatchObject({
      issuer,
      registration_endpoint: `${issuer}/oauth-registration`,
      token_endpoint: `${issuer}/token`,
      jwks_uri: `${issuer}/jwks`,
      authorization_endpoint: `${issuer}/auth`,
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256'],
    });
    expect(metadata.grant_types_supported).toEqual(expect.arrayContaining(['authorization_code', 'client_credentials', 'refresh_token']));
    expect(metadata.token_endpoint_auth_methods_supported).toEqual(
      expect.arrayContaining(['client_secret_post', 'client_secret_basic', 'none']),
    );
    expect(metadata.scopes_supported).toEqual(expect.arrayContaining(['openid', 'offline_access', 'read']));
    expect(t.idp.endpoints).toEqual({
      discovery: `${issuer}/.well-known/openid-configuration`,
      registration: metadata.registration_endpoint,
      token: metadata.token_endpoint,
      jwks: metadata.jwks_uri,
      authorization: metadata.authorization_endpoint,
    });
  });

  it('publishes the public half of the RS256 signing key first, with its kid, and the announced next key after it', async () => {
    const jwks = (await (await fetch(t.idp.endpoints.jwks)).json()) as { keys: Record<string, unknown>[] };
    const next = t.idp.signingKeys.find((k) => k.state === 'next')!.kid;
    expect(jwks.keys.map((k) => k.kid)).toEqual([t.idp.signingKid, next]);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: t.idp.signingKid });
    for (const key of jwks.keys) for (const privatePart of ['d', 'p', 'q', 'dp', 'dq', 'qi']) expect(key).not.toHaveProperty(privatePart);
  });

  it('answers 404 outside the issuer path', async () => {
    const origin = new URL(t.idp.issuer).origin;
    expect((await fetch(`${origin}/.well-known/openid-configuration`)).status).toBe(404);
    expect((await fetch(`${origin}/oauth/v2/oauth-anonymous-other/jwks`)).status).toBe(404);
  });
});
