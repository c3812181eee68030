import type Provider from 'oidc-provider';

type Middleware = Parameters<Provider['use']>[0];

/**
 * When registration requires an initial access token (RFC 7591 section 3), a request that
 * carries none must get the RFC 6750 section 3.1 answer: HTTP 401 with a `WWW-Authenticate:
 * Bearer` challenge. oidc-provider already sends the challenge header but with status 400
 * `invalid_request` ("no access token provided"); this turns that one answer into a 401
 * `invalid_token`, the same code a wrong token gets, so the portal can treat both alike.
 */
export const initialAccessTokenChallenge: Middleware = async (ctx, next) => {
  await next();
  const route = (ctx as { oidc?: { route?: string } }).oidc?.route;
  const body = ctx.body as { error?: unknown; error_description?: unknown } | undefined;
  if (route === 'registration' && ctx.status === 400 && body?.error_description === 'no access token provided') {
    ctx.status = 401;
    ctx.body = { error: 'invalid_token', error_description: 'no access token provided' };
  }
};
