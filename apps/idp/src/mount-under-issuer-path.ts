import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

/**
 * OpenID Connect Discovery 1.0 section 4 puts the configuration at the issuer followed by
 * `/.well-known/openid-configuration`, so an issuer with a path (Curity's
 * `/oauth/v2/oauth-anonymous`) needs the provider mounted under that path. This strips the
 * path before oidc-provider routes the request and reports it as `req.baseUrl`, the property
 * oidc-provider reads (as under Express) to build absolute URLs such as registration_client_uri.
 */
export function mountUnderIssuerPath(issuer: string, handler: () => RequestListener): RequestListener {
  const mountPath = new URL(issuer).pathname.replace(/\/$/, '');
  return (req: IncomingMessage & { baseUrl?: string }, res: ServerResponse) => {
    const url = req.url ?? '/';
    const rest = url.slice(mountPath.length);
    if (!url.startsWith(mountPath) || (rest !== '' && !rest.startsWith('/') && !rest.startsWith('?'))) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'not_found', error_description: `the issuer is ${issuer}` }));
      return;
    }
    req.url = rest.startsWith('/') ? rest : `/${rest}`;
    req.baseUrl = mountPath;
    handler()(req, res);
  };
}
