/**
 * Sent with every response of the web process, the SPA's and the proxied API's alike.
 *
 * The CSP allows only this origin: the built index.html has no inline script or style (Vite
 * emits files, and React sets styles through the CSSOM, which `style-src` does not govern).
 * `img-src data:` is for small images a stylesheet may inline; `connect-src 'self'` covers
 * /graphql, which is same-origin because this process proxies it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};
