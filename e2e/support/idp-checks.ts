import type { APIRequestContext } from '@playwright/test';
import { createHash, randomBytes } from 'node:crypto';
import { e2eUrls } from './e2e-env.ts';

/**
 * Checks made at the embedded IdP itself, not through the portal: what the portal shows must be
 * what the identity provider holds.
 */
async function discovery(request: APIRequestContext): Promise<{ token_endpoint: string; authorization_endpoint: string }> {
  return (await request.get(`${e2eUrls.issuer}/.well-known/openid-configuration`)).json();
}

/** RFC 6749 section 4.4: the HTTP status a client credentials request with these credentials gets. */
export async function tokenStatus(request: APIRequestContext, clientId: string, clientSecret: string): Promise<number> {
  const { token_endpoint } = await discovery(request);
  const res = await request.post(token_endpoint, { form: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret } });
  return res.status();
}

/**
 * Whether the IdP accepts `redirectUri` for the client: an authorization request (RFC 6749
 * section 4.1.1, with PKCE) is sent on to the login (a redirect) only for a registered redirect
 * URI; for any other the IdP answers with an error page itself (section 4.1.2.1), never redirecting.
 */
export async function redirectUriAccepted(request: APIRequestContext, clientId: string, redirectUri: string): Promise<boolean> {
  const { authorization_endpoint } = await discovery(request);
  const verifier = randomBytes(32).toString('base64url');
  const url = new URL(authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  }).toString();
  const res = await request.get(url.href, { maxRedirects: 0 });
  if (res.status() >= 300 && res.status() < 400) return true;
  if (res.status() === 400) return false;
  throw new Error(`unexpected answer ${res.status()} from the authorization endpoint`);
}
