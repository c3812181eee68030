import { createHash, randomBytes } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IdpBrowser } from './test-support/idp-browser.ts';
import { register, type Registration } from './test-support/oauth-requests.ts';
import { startTestIdp, TEST_AUDIENCE, type TestIdp } from './test-support/start-test-idp.ts';

const REDIRECT_URI = 'http://localhost:7777';

const pkcePair = () => {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
};

describe('authorization code grant with PKCE through the development login page', () => {
  let t: TestIdp;
  let client: Registration;
  beforeAll(async () => {
    t = await startTestIdp();
    client = (await register(t.idp)).body; // grant types include refresh_token, scope "openid read"
  });
  afterAll(() => t.cleanup());

  async function authorize(params: Record<string, string>): Promise<URL> {
    const browser = new IdpBrowser(t.idp.issuer);
    const authUrl = `${t.idp.endpoints.authorization}?${new URLSearchParams({ client_id: client.client_id, redirect_uri: REDIRECT_URI, response_type: 'code', ...params })}`;
    let step = await browser.open(authUrl);

    // Two interactions: login (any username) then consent, each a form POSTed to the interaction URL.
    const forms: Record<string, string>[] = [{ prompt: 'login', login: 'alice' }, { prompt: 'consent' }];
    for (const form of forms) {
      if (step instanceof URL) break;
      expect(step.status).toBe(200);
      step = await browser.submit(step, form);
    }
    if (!(step instanceof URL)) throw new Error(`expected a redirect to the client, got HTTP ${step.status}`);
    return step;
  }

  async function token(params: Record<string, string>) {
    const res = await fetch(t.idp.endpoints.token, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: client.client_id, client_secret: client.client_secret!, ...params }),
    });
    return { status: res.status, body: (await res.json()) as Record<string, string> };
  }

  it('logs in any username and issues a gateway JWT, an ID token and a refresh token', async () => {
    const pkce = pkcePair();
    const callback = await authorize({ scope: 'openid read', state: 'xyz', code_challenge: pkce.challenge, code_challenge_method: 'S256' });
    expect(callback.origin + callback.pathname.replace(/\/$/, '')).toBe(REDIRECT_URI);
    expect(callback.searchParams.get('state')).toBe('xyz');
    // RFC 9207: the authorization response names its issuer.
    expect(callback.searchParams.get('iss')).toBe(t.idp.issuer);

    const { status, body } = await token({ grant_type: 'authorization_code', code: callback.searchParams.get('code')!, redirect_uri: REDIRECT_URI, code_verifier: pkce.verifier });
    expect(status).toBe(200);
    // The response's scope is that of the access token: the gateway's scopes (RFC 8707 section 2.2).
    expect(body).toMatchObject({ token_type: 'Bearer', scope: 'read', id_token: expect.any(String), refresh_token: expect.any(String) });

    const jwks = createRemoteJWKSet(new URL(t.idp.endpoints.jwks));
    const { payload } = await jwtVerify(body.access_token!, jwks, { issuer: t.idp.issuer, audience: TEST_AUDIENCE, typ: 'at+jwt' });
    expect(payload).toMatchObject({ sub: 'alice', client_id: client.client_id, scope: 'read' });

    const refreshed = await token({ grant_type: 'refresh_token', refresh_token: body.refresh_token! });
    expect(refreshed.status).toBe(200);
    const { payload: again } = await jwtVerify(refreshed.body.access_token!, jwks, { audience: TEST_AUDIENCE });
    expect(again).toMatchObject({ sub: 'alice', client_id: client.client_id });
  });

  it('refuses an authorization request without PKCE (RFC 9700 section 2.1.1) by redirecting with invalid_request', async () => {
    const callback = await authorize({ scope: 'openid read' });
    expect(callback.searchParams.get('error')).toBe('invalid_request');
    expect(callback.searchParams.get('error_description')).toMatch(/PKCE/);
  });

  it('refuses a code exchange with the wrong code_verifier', async () => {
    const pkce = pkcePair();
    const callback = await authorize({ scope: 'openid read', code_challenge: pkce.challenge, code_challenge_method: 'S256' });
    const { status, body } = await token({ grant_type: 'authorization_code', code: callback.searchParams.get('code')!, redirect_uri: REDIRECT_URI, code_verifier: pkcePair().verifier });
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_grant');
  });
});
