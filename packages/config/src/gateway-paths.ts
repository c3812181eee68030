/**
 * The gateway's path rules, shared by the gateway (which applies them to every request and to
 * each API it loads), the portal API (which refuses at Save what the gateway would skip) and Try
 * it (which builds request paths for developers). One rule in one place, so the three agree.
 */

/** Paths under this prefix are the gateway's own endpoints (usage counters); no API listens there. */
export const GATEWAY_RESERVED_PREFIX = '/_gatehouse';

/**
 * A path as an upstream, or a proxy in front of it, may read it: `%2E` as ".", and `%2F`, `%5C`
 * and "\" as "/" (several servers treat a backslash or a decoded slash as a separator). Only for
 * checking: the gateway forwards the path as it came.
 */
export function pathAsUpstreamsRead(path: string): string {
  return path.replace(/%2e/gi, '.').replace(/%2f|%5c|\\/gi, '/');
}

/**
 * True when the path has a "." or ".." segment in any of the spellings above. An upstream would
 * resolve it (RFC 3986 section 5.2.4) and could step out of the API's base path, so the gateway
 * refuses such a request and the portal such a listen path.
 */
export function hasDotSegment(path: string): boolean {
  return /(?:^|\/)\.{1,2}(?:\/|$)/.test(pathAsUpstreamsRead(path));
}

/** True for the gateway's reserved prefix and anything below it, in any of the spellings above. */
export function isGatewayReservedPath(path: string): boolean {
  const read = pathAsUpstreamsRead(path).replace(/\/{2,}/g, '/').toLowerCase();
  return read === GATEWAY_RESERVED_PREFIX || read.startsWith(`${GATEWAY_RESERVED_PREFIX}/`);
}

/** Why the gateway cannot route an API at this listen path, as a sentence for the admin; null when it can. */
export function listenPathProblem(listenPath: string): string | null {
  if (!listenPath.startsWith('/')) return 'The listen path must start with "/".';
  if (/[?#%\\\s]/.test(listenPath)) return 'The listen path must be a plain path, without ?, #, %, \\ or spaces.';
  if (hasDotSegment(listenPath)) return 'The listen path cannot contain "." or ".." segments; write the path they stand for.';
  if (isGatewayReservedPath(listenPath)) return `The listen path cannot be under ${GATEWAY_RESERVED_PREFIX}/: the gateway serves its own endpoints there. Choose another path.`;
  return null;
}

/**
 * Why the gateway cannot forward to this upstream URL, as a sentence for the admin; null when it
 * can. The gateway appends each request's own path and query, so the URL carries neither a query
 * nor a fragment, and never credentials.
 */
export function upstreamUrlProblem(upstreamUrl: string): string | null {
  const url = URL.canParse(upstreamUrl) ? new URL(upstreamUrl) : undefined;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return 'The upstream URL must be an absolute http(s) URL.';
  if (url.search || url.hash || upstreamUrl.includes('?') || upstreamUrl.includes('#')) {
    return 'The upstream URL cannot have a query (?...) or fragment (#...): the gateway appends each request\'s own path and query. Remove them.';
  }
  if (url.username || url.password) return 'The upstream URL cannot carry a user name or password.';
  return null;
}
