import { GATEWAY_RESERVED_PREFIX } from '@gatehouse/config';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gatewayResponses } from './gateway-responses.ts';
import { readBearerToken } from './read-bearer-token.ts';
import type { MinuteUsage, MinuteUsageAck } from './minute-usage.ts';
import type { UsageCounters } from './usage-counters.ts';

/** Per-client usage counters for the portal API (apps/api/src/modules/usage). */
export const USAGE_PATH = `${GATEWAY_RESERVED_PREFIX}/usage`;
/** Per-minute counts the portal API collects and stores (docs/decisions/007-usage-over-time.md). */
export const USAGE_MINUTES_PATH = `${GATEWAY_RESERVED_PREFIX}/usage/minutes`;

/** At most this many `client` parameters per request: the portal asks for one page of clients. */
export const MAX_USAGE_CLIENTS = 100;

export interface UsageEndpointOptions {
  /**
   * Shared secret the caller must send as `Authorization: Bearer <token>` (GATEWAY_USAGE_TOKEN),
   * in every mode: being on the loopback interface is no guard behind a reverse proxy on the same
   * host, nor against the portal's own "Call the API", which reaches the gateway from loopback.
   */
  token: string;
}

/**
 * GET /_gatehouse/usage?client=<portal client id>&client=... answers the counters as JSON
 * (UsageReport); without `client`, every client with requests. It answers loopback callers only
 * (anyone else gets the 404 of an unknown path), and only with the token.
 */
export function serveUsage(req: IncomingMessage, res: ServerResponse, query: string, counters: UsageCounters, options: UsageEndpointOptions): void {
  if (!admitted(req, res, options)) return;
  if (req.method !== 'GET' && req.method !== 'HEAD') return gatewayResponses.methodNotAllowed.send(res);
  const clientIds = new URLSearchParams(query).getAll('client');
  if (clientIds.length > MAX_USAGE_CLIENTS) return gatewayResponses.tooManyUsageClients.send(res);
  sendJson(req, res, counters.report(clientIds.length > 0 ? clientIds : undefined));
}

/**
 * POST /_gatehouse/usage/minutes?instance=<id>&through=<minute> acknowledges that the portal API
 * stored every complete minute up to `through` of gateway process `instance`, then answers every
 * minute still held (MinuteUsageReport). Without the parameters it only reads. POST, not GET:
 * the acknowledgement makes the gateway forget counts (RFC 9110 section 9.2.1, safe methods).
 */
export function serveUsageMinutes(req: IncomingMessage, res: ServerResponse, query: string, minutes: MinuteUsage, options: UsageEndpointOptions): void {
  if (!admitted(req, res, options)) return;
  if (req.method !== 'POST') return gatewayResponses.usageMinutesPostOnly.send(res);
  const params = new URLSearchParams(query);
  const instance = params.get('instance');
  const through = params.get('through');
  let ack: MinuteUsageAck | undefined;
  if (instance !== null || through !== null) {
    if (instance === null || through === null || !/^\d{1,12}$/.test(through)) return gatewayResponses.invalidUsageAck.send(res);
    ack = { instance, throughMinute: Number(through) };
  }
  // The request has no body to read; drain anything sent so the connection can be reused.
  req.resume();
  sendJson(req, res, minutes.collect(ack));
}

/** Loopback callers only (anyone else gets the 404 of an unknown path), with the token. */
function admitted(req: IncomingMessage, res: ServerResponse, options: UsageEndpointOptions): boolean {
  if (!isLoopback(req.socket.remoteAddress)) {
    gatewayResponses.notFound.send(res);
    return false;
  }
  if (!sameSecret(readBearerToken(req.headers.authorization), options.token)) {
    gatewayResponses.usageForbidden.send(res);
    return false;
  }
  return true;
}

function sendJson(req: IncomingMessage, res: ServerResponse, payload: object): void {
  const body = JSON.stringify(payload);
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
