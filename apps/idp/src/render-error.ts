import type { ErrorOut, KoaContextWithOIDC } from 'oidc-provider';

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * The page a browser sees when an authorization request fails before the client's redirect URI
 * can be trusted (RFC 6749 section 4.1.2.1: never redirect to an unverified URI). Plain, and
 * naming the OAuth error so a developer can match it with what the portal shows.
 */
export function renderError(ctx: KoaContextWithOIDC, out: ErrorOut): void {
  ctx.type = 'html';
  const rows = Object.entries(out)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('');
  ctx.body = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sign-in error</title></head>
<body><h1>The embedded identity provider could not complete this request</h1><dl>${rows}</dl></body></html>`;
}
