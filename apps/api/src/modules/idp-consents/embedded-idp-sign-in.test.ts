import { createHash, randomBytes } from 'node:crypto';
import { IdpBrowser, type IdpScreen } from '@gatehouse/idp/idp-browser';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import { DEMO_ACCOUNTS } from '../../seed/demo-accounts.ts';

// The embedded IdP signs people in with their Gatehouse account, checked by this API (ADR 018),
// asks for consent once per app and forgets it when the user revokes it on the Account page.

const REDIRECT_URI = 'http://localhost:7777/callback';
const CONSENTS = 'query { myIdpConsents { clientId clientName scopes grantedAt } }';
const REVOKE = 'mutation($input: RevokeIdpConsentInput!) { revokeIdpConsent(input: $input) { clientId } }';

let h: ApiHarness;
let client: { client_id: string; client_secret: string };
let developerId: string;
beforeAll(async () => {
  h = await startApiHarness();
  const res = await fetch(h.idp.endpoints.registration, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      client_name: 'Weather Dashboard',
      redirect_uris: [REDIRECT_URI],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
      scope: 'openid read',
    }),
  });
  client = (await res.json()) as typeof client;
  developerId = (await h.db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.developer.email } })).id;
});
afterAll(() => h.close());

function authorizationUrl() {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const params = { client_id: client.client_id, redirect_uri: REDIRECT_URI, response_type: 'code', scope: 'openid read', code_challenge: challenge, code_challenge_method: 'S256' };
  return { url: `${h.idp.endpoints.authorization}?${new URLSearchParams(params)}`, verifier };
}

const screen = (step: IdpScreen | URL): IdpScreen => {
  if (step instanceof URL) throw new Error(`expected an IdP screen, was sent to ${step.href}`);
  return step;
};
const redirect = (step: IdpScreen | URL): URL => {
  if (!(step instanceof URL)) throw new Error(`expected a redirect to the client, got HTTP ${step.status}: ${step.html.slice(0, 300)}`);
  return step;
};

async function exchange(code: string, verifier: string) {
  const res = await fetch(h.idp.endpoints.token, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier, client_id: client.client_id, client_secret: client.client_secret }),
  });
  return (await res.json()) as { access_token?: string; refresh_token?: string; error?: string };
}

async function refresh(refreshToken: string) {
  const res = await fetch(h.idp.endpoints.token, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: client.client_id, client_secret: client.client_secret }),
  });
  return { status: res.status, body: (await res.json()) as { error?: string } };
}

describe('signing in at the embedded IdP with a Gatehouse account', () => {
  it('refuses a wrong password on an accessible screen under a strict CSP, then signs in, asks consent once and issues a token whose sub is the user id', async () => {
    const browser = new IdpBrowser(h.idp.issuer);
    const { url, verifier } = authorizationUrl();
    const signIn = screen(await browser.open(url));
    expect(signIn.status).toBe(200);
    expect(signIn.html).toContain('Sign in to continue to Weather Dashboard');
    expect(signIn.html).toMatch(/<label for="email">Email<\/label>/);
    expect(signIn.html).not.toMatch(/<script|style=/);
    expect(signIn.csp).toContain("default-src 'self'");
    expect(signIn.csp).toContain("form-action 'self' http://localhost:7777");

    const refused = screen(await browser.submit(signIn, { email: DEMO_ACCOUNTS.developer.email, password: 'not-the-password' }));
    expect(refused.status).toBe(401);
    expect(refused.html).toMatch(/role="alert"[^>]*>[\s\S]*Email or password is incorrect\./);
    expect(refused.html).toContain(`value="${DEMO_ACCOUNTS.developer.email}"`);

    const consent = screen(await browser.submit(refused, { email: DEMO_ACCOUNTS.developer.email, password: DEMO_ACCOUNTS.developer.password }));
    expect(consent.html).toContain('Allow Weather Dashboard to use your account?');
    expect(consent.html).toContain(DEMO_ACCOUNTS.developer.email);
    expect(consent.html).toMatch(/<strong>read<\/strong>/);
    expect(consent.html).toMatch(/<strong>openid<\/strong>/);

    const callback = redirect(await browser.submit(consent, { decision: 'allow' }));
    const tokens = await exchange(callback.searchParams.get('code')!, verifier);
    const { payload } = await jwtVerify(tokens.access_token!, createRemoteJWKSet(new URL(h.idp.endpoints.jwks)));
    expect(payload).toMatchObject({ sub: developerId, client_id: client.client_id, scope: 'read' });

    // Another browser (no IdP session): sign in again, but the consent is remembered.
    const again = new IdpBrowser(h.idp.issuer);
    const second = authorizationUrl();
    const remembered = await again.submit(screen(await again.open(second.url)), { email: DEMO_ACCOUNTS.developer.email, password: DEMO_ACCOUNTS.developer.password });
    expect(redirect(remembered).searchParams.get('code')).toBeTruthy();
  });

  it('lists the consent on the Account page and revokes it through the IdP: its tokens stop working and the next sign-in asks again', async () => {
    const developer = await h.signInAs('developer');
    const browser = new IdpBrowser(h.idp.issuer);
    const { url, verifier } = authorizationUrl();
    const step = await browser.submit(screen(await browser.open(url)), { email: DEMO_ACCOUNTS.developer.email, password: DEMO_ACCOUNTS.developer.password });
    const callback = redirect(step instanceof URL ? step : await browser.submit(step, { decision: 'allow' }));
    const tokens = await exchange(callback.searchParams.get('code')!, verifier);
    expect(tokens.refresh_token).toBeTruthy();

    const listed = (await h.gql(CONSENTS, {}, developer)).data!.myIdpConsents;
    expect(listed).toEqual([{ clientId: client.client_id, clientName: 'Weather Dashboard', scopes: expect.arrayContaining(['openid', 'read']), grantedAt: expect.any(String) }]);
    const admin = await h.signInAs('admin');
    expect((await h.gql(CONSENTS, {}, admin)).data!.myIdpConsents).toEqual([]);
    expect((await h.gql(CONSENTS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    expect((await h.gql(REVOKE, { input: { clientId: client.client_id } }, developer)).data!.revokeIdpConsent).toEqual({ clientId: client.client_id });
    expect((await h.gql(CONSENTS, {}, developer)).data!.myIdpConsents).toEqual([]);
    expect(await h.db.auditEvent.count({ where: { action: 'idp_consent.revoked', actorId: developerId } })).toBe(1);
    expect((await refresh(tokens.refresh_token!)).body.error).toBe('invalid_grant');
    expect((await h.gql(REVOKE, { input: { clientId: client.client_id } }, developer)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // Same browser, same IdP session: consent is asked again.
    const asked = screen(await browser.open(authorizationUrl().url));
    expect(asked.html).toContain('Allow Weather Dashboard to use your account?');
    const denied = redirect(await browser.submit(asked, { decision: 'deny' }));
    expect(denied.searchParams.get('error')).toBe('access_denied');
  });

  it("applies the portal's sign-in throttle: after five wrong passwords even the right one waits", async () => {
    await h.api.services.auth.createUser({ email: 'throttled@example.com', name: 'Throttled', role: 'DEVELOPER', password: 'correct horse battery' });
    const browser = new IdpBrowser(h.idp.issuer);
    let step = screen(await browser.open(authorizationUrl().url));
    for (let i = 0; i < 5; i++) {
      step = screen(await browser.submit(step, { email: 'throttled@example.com', password: `wrong-${i}` }));
      expect(step.status).toBe(401);
    }
    step = screen(await browser.submit(step, { email: 'throttled@example.com', password: 'correct horse battery' }));
    expect(step.status).toBe(429);
    expect(step.html).toContain('Too many failed sign-in attempts.');
  });

  it("refuses the internal endpoints without the IdP's token", async () => {
    const origin = new URL(h.url).origin;
    const res = await fetch(`${origin}/internal/idp/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-the-token-not-the-token-not-the-token' },
      body: JSON.stringify({ email: DEMO_ACCOUNTS.developer.email, password: DEMO_ACCOUNTS.developer.password }),
    });
    expect(res.status).toBe(401);
    expect((await fetch(`${h.idp.issuer}/internal/accounts/${developerId}/grants`)).status).toBe(401);
  });
});
