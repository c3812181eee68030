import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gatewayResponses } from './gateway-responses.ts';
import { readBearerToken } from './read-bearer-token.ts';
import type { UsageCounters } from './usage-counters.ts';

/** Listen paths under this prefix are the gateway's own; build-api-table.ts refuses them for APIs. */
export const RESERVED_PATH_PREFIX = '/_gatehouse';
/** Per-client usage counters for the portal API (apps/api/src/modules/usage). */
export const USAGE_PATH = `${RESERVED_PATH_PREFIX}/usage`;

/** At most this many `client` parameters per request: the portal asks for one page of clients. */
export const MAX_USAGE_CLIENTS = 100;

export interface UsageEndpointOptions {
  /**
   * Shared secret the caller must send as `Authorization: Bearer <token>` (GATEWAY_USAGE_TOKEN).
   * Without it, being on the loopback interface is the only guard, which is right for a laptop but
   * not behind a reverse proxy on the same host: every proxied caller would look local.
   */
  token: string | undefined;
}

/**
 * GET /_gatehouse/usage?client=<portal client id>&client=... answers the counters as JSON
 * (UsageReport); without `client`, every client with requests. It answers loopback callers only
 * (anyone else gets the 404 of an unknown path) and, when a token is configured, only with it.
 */
export function serveUsage(req: IncomingMessage, res: ServerResponse, query: string, counters: UsageCounters, options: UsageEndpointOptions): void {
  if (!isLoopback(req.socket.remoteAddress)) return gatewayResponses.notFound.send(res);
  if (options.token !== undefined && !sameSecret(readBearerToken(req.headers.authorization), options.token)) {
    return gatewayResponses.usageForbidden.send(res);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return gatewayResponses.methodNotAllowed.send(res);
  const clientIds = new URLSearchParams(query).getAll('client');
  if (clientIds.length > MAX_USAGE_CLIENTS) return gatewayResponses.tooManyUsageClients.send(res);

  const body = JSON.stringify(counters.report(clientIds.length > 0 ? clientIds : undefined));
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function isLoopback(address: string | undefined): boolean {
  return address !== undefined && (address.startsWith('127.') || address === '::1' || address.startsWith('::ffff:127.'));
}

/** Compares digests, so neither the length nor the content of the secret leaks through timing. */
function sameSecret(presented: string | number, expected: string): boolean {
  if (typeof presented !== 'string') return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
