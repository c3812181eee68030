/**
 * Redirect URI rules shared by the wizard (as the developer types) and the API (when saving).
 * No network, no dependencies: the SPA imports this file directly.
 */

import { firstHiddenCharacter, showHiddenCharacters } from './hidden-characters.ts';

/** Splits the wizard's single field by the portal's separator (the seed's oauth_redirect_uri_separator). */
export function splitRedirectUris(input: string, separator: string): string[] {
  return input
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** Schemes that can run code or read local data in a browser: never a redirect target. */
const FORBIDDEN_SCHEMES = new Set(['javascript:', 'data:', 'file:', 'vbscript:', 'blob:', 'about:']);

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/**
 * Returns why a redirect URI is unacceptable, or null when it is fine. The URI is stored and sent
 * exactly as typed: RFC 9700 section 4.1.3 has servers compare redirect URIs as exact strings.
 */
export function redirectUriProblem(uri: string): string | null {
  if (uri.includes('*')) return `${uri} contains a wildcard; register each exact URL instead.`;
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return `${uri} is not an absolute URL; write it with its scheme, such as https://app.example.com/callback.`;
  }
  // RFC 3986 section 2 has no raw spaces, control characters or backslashes in a URI. The URL
  // parser would quietly fix them (a backslash becomes a slash), but the IdP compares the exact
  // string and a browser may read it differently from the IdP (RFC 9700 section 4.1.3).
  const hidden = firstHiddenCharacter(uri);
  if (hidden) return `${showHiddenCharacters(uri)} contains ${hidden}, an invisible or control character; remove it.`;
  if (/[\s\\]/.test(uri)) return `${uri} contains a space or a backslash; percent-encode it or remove it.`;
  // RFC 6749 section 3.1.2: the redirection endpoint URI MUST NOT include a fragment.
  if (uri.includes('#')) return `${uri} has a fragment (#...); remove it.`;
  if (FORBIDDEN_SCHEMES.has(url.protocol)) return `${uri} uses the ${url.protocol} scheme, which cannot be a redirect target.`;
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    // RFC 8252 section 7.3 allows http only on the loopback interface; RFC 9700 wants TLS elsewhere.
    return `${uri} uses http; use https, or http only for localhost / 127.0.0.1.`;
  }
  // `https:/app.example/cb` parses, with the host filled in, but is not the URL it looks like.
  if ((url.protocol === 'http:' || url.protocol === 'https:') && (url.hostname === '' || !/^https?:\/\/[^/]/i.test(uri))) {
    return `${uri} has no host.`;
  }
  // Anything else is a private-use scheme for native apps (RFC 8252 section 7.1), e.g. app://...
  return null;
}
