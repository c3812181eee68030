import { hasDotSegment, isGatewayReservedPath } from '@gatehouse/config';

/**
 * The URL a call goes to: the gateway's configured URL, the API's listen path, and the path the
 * developer typed below it. Only the path is theirs (nothing a developer types makes the server
 * fetch a URL of their choosing), and it must stay below the listen path, so it can neither reach
 * another API nor the gateway's own `/_gatehouse` routes. Dot segments are judged by the
 * gateway's own rule (gateway-paths.ts), in every spelling an upstream might resolve.
 */
export function gatewayRequestUrl(gatewayUrl: string, listenPath: string, typedPath: string): URL | { problem: string } {
  const rest = typedPath.trim().replace(/^\/+/, '');
  const [pathPart = ''] = rest.split('?', 1);
  if (/[\s\\#]/.test(rest) || [...rest].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)) {
    return { problem: 'The path cannot contain spaces, backslashes, # or control characters; percent-encode them.' };
  }
  // The gateway refuses these; an upstream or a proxy that decodes them could leave the listen path.
  if (/%2e|%2f|%5c/i.test(pathPart) && hasDotSegment(pathPart)) {
    return { problem: 'The path cannot contain "." or ".." segments written with encoded dots or slashes (%2E, %2F, %5C).' };
  }
  const prefix = listenPath.endsWith('/') ? listenPath : `${listenPath}/`;
  const base = new URL(gatewayUrl);
  const url = new URL(`${prefix}${rest}`, base);
  // The URL parser resolves `.` and `..` segments (RFC 3986 section 5.2.4): check what is left.
  if (url.origin !== base.origin || !(url.pathname.startsWith(prefix) || `${url.pathname}/` === prefix)) {
    return { problem: `The path must stay below ${prefix}; remove the ../ segments.` };
  }
  // An API listening at "/" has the gateway's own routes below it; they are not the API's.
  if (isGatewayReservedPath(url.pathname)) return { problem: 'The path cannot reach the gateway\'s own /_gatehouse/ endpoints; enter a path of the API.' };
  return url;
}
