import { PORTAL_SESSION_COOKIE } from '@gatehouse/config';
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { LIMIT_HEADERS } from './enforce-limits.ts';
import { NO_LIMIT, type GatewayExchange } from './request-step.ts';

/**
 * Hop-by-hop fields (RFC 9110 section 7.6.1; RFC 2616 section 13.5.1 lists Keep-Alive,
 * Proxy-Authenticate/-Authorization, TE, Trailer(s), Transfer-Encoding, Upgrade): they describe
 * one connection and must not be forwarded. Any field starting with "proxy-" is dropped as well
 * (Proxy-Connection and friends). Host is replaced by the upstream's (undici sets it from the
 * origin); Expect is answered by Node's server itself and undici refuses to send it.
 */
const HOP_BY_HOP = new Set([
  'connection', 'keep-alive', 'te', 'trailer', 'trailers', 'transfer-encoding', 'upgrade',
]);
const NOT_FORWARDED_TO_UPSTREAM = new Set([...HOP_BY_HOP, 'host', 'expect', 'x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host']);

/** Header the upstream can trust to name the verified caller; clients can never set it themselves. */
export const CLIENT_ID_HEADER = 'X-Gatehouse-Client-Id';
/** The verified token's scopes, space-separated, from `scope` or `scp` alike (token-scopes.ts). */
export const SCOPE_HEADER = 'X-Gatehouse-Scope';
const IDENTITY_HEADER_PREFIX = 'x-gatehouse-';
/** Replaced by the gateway's own values (request-step.ts: the caller's when acceptable). */
const REQUEST_ID = 'x-request-id';
const TRACEPARENT = 'traceparent';
const TRACESTATE = 'tracestate';

/** Ids that join the gateway's log lines to the upstream's (docs/operations.md). */
export type RequestIds = Pick<GatewayExchange, 'requestId' | 'traceparent'>;

/**
 * The headers to send upstream, as a flat [name, value, ...] list built from the raw request
 * headers (names keep their case, repeated fields stay repeated). Authorization is forwarded on
 * purpose: the upstream may verify the JWT itself and the demo echo shows it.
 */
export function upstreamRequestHeaders(req: IncomingMessage, clientId: string, scope: string, ids: RequestIds): string[] {
  const raw = req.rawHeaders;
  const named = connectionOptions(req.headers.connection);
  // A new trace started here: the caller's tracestate belonged to the traceparent it replaced (Trace Context section 3.3).
  const keepTracestate = req.headers.traceparent === ids.traceparent;
  const out: string[] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    const lower = name.toLowerCase();
    if (
      NOT_FORWARDED_TO_UPSTREAM.has(lower) ||
      lower.startsWith('proxy-') ||
      // Identity headers come only from the gateway: strip whatever the client sent.
      lower.startsWith(IDENTITY_HEADER_PREFIX) ||
      lower === REQUEST_ID || lower === TRACEPARENT || (lower === TRACESTATE && !keepTracestate) ||
      (named !== undefined && named.has(lower))
    ) {
      continue;
    }
    if (lower === 'cookie') {
      const kept = withoutPortalSession(raw[i + 1]!);
      if (kept) out.push(name, kept);
      continue;
    }
    out.push(name, raw[i + 1]!);
  }
  const priorFor = req.headers['x-forwarded-for'];
  const clientAddress = req.socket.remoteAddress ?? '';
  const host = req.headers.host;
  out.push(
    CLIENT_ID_HEADER, clientId,
    SCOPE_HEADER, scope,
    'X-Request-Id', ids.requestId,
    'traceparent', ids.traceparent,
    // Append, as proxies in a chain do; the upstream decides how many hops to trust.
    'X-Forwarded-For', priorFor ? `${priorFor}, ${clientAddress}` : clientAddress,
    'X-Forwarded-Proto', (req.socket as TLSSocket).encrypted ? 'https' : 'http',
  );
  if (host) out.push('X-Forwarded-Host', host);
  return out;
}

/**
 * A Cookie field without the portal's session cookie: on a shared host the browser sends it to
 * the gateway as well, and it would let an upstream act as the signed-in portal user. Other
 * cookies are the API's business and pass unchanged. Empty when nothing is left.
 */
function withoutPortalSession(cookie: string): string {
  if (!cookie.includes(PORTAL_SESSION_COOKIE)) return cookie;
  return cookie
    .split(';')
    .filter((pair) => pair.split('=', 1)[0]!.trim() !== PORTAL_SESSION_COOKIE)
    .map((pair) => pair.trim())
    .join('; ');
}

/** What the gateway adds to a relayed response: the limits of the caller's policy, if it has any, and the request id. */
export type LimitReport = Pick<
  GatewayExchange,
  'rateLimit' | 'rateLimitRemaining' | 'rateLimitReset' | 'quotaLimit' | 'quotaRemaining' | 'quotaReset'
> & { requestId?: string };

/**
 * The upstream's response headers minus hop-by-hop fields, plus the X-RateLimit-* and X-Quota-*
 * fields of the caller's limits, as a flat list for res.writeHead. When the gateway reports a
 * limit, the upstream's fields of the same family are dropped so the client sees one value.
 */
export function downstreamResponseHeaders(raw: readonly string[], limits?: LimitReport): string[] {
  const hasRateLimit = limits !== undefined && limits.rateLimit !== NO_LIMIT;
  const hasQuota = limits !== undefined && limits.quotaLimit !== NO_LIMIT;
  const out: string[] = [];
  let named: Set<string> | undefined;
  // One pass, one lowercasing per field; fields named in Connection are removed afterwards (rare).
  for (let i = 0; i < raw.length; i += 2) {
    const lower = raw[i]!.toLowerCase();
    if (lower === 'connection') named = connectionOptions(raw[i + 1]!, named);
    if (HOP_BY_HOP.has(lower) || lower.startsWith('proxy-')) continue;
    if ((hasRateLimit && lower.startsWith('x-ratelimit-')) || (hasQuota && lower.startsWith('x-quota-'))) continue;
    if (lower === REQUEST_ID && limits?.requestId !== undefined) continue;
    out.push(raw[i]!, raw[i + 1]!);
  }
  if (named !== undefined) removeNamed(out, named);
  if (limits?.requestId !== undefined) out.push('X-Request-Id', limits.requestId);
  if (hasRateLimit) {
    out.push(
      LIMIT_HEADERS.rateLimit, String(limits.rateLimit),
      LIMIT_HEADERS.rateLimitRemaining, String(limits.rateLimitRemaining),
      LIMIT_HEADERS.rateLimitReset, String(limits.rateLimitReset),
    );
  }
  if (hasQuota) {
    out.push(
      LIMIT_HEADERS.quotaLimit, String(limits.quotaLimit),
      LIMIT_HEADERS.quotaRemaining, String(limits.quotaRemaining),
      LIMIT_HEADERS.quotaReset, String(limits.quotaReset),
    );
  }
  return out;
}

const NO_OPTIONS = new Set(['keep-alive', 'Keep-Alive', 'close', 'Close']);

function removeNamed(headers: string[], named: ReadonlySet<string>): void {
  let kept = 0;
  for (let i = 0; i < headers.length; i += 2) {
    if (named.has(headers[i]!.toLowerCase())) continue;
    headers[kept++] = headers[i]!;
    headers[kept++] = headers[i + 1]!;
  }
  headers.length = kept;
}

/** Field names listed in Connection are hop-by-hop too (RFC 9110 section 7.6.1). */
function connectionOptions(value: string | undefined, into?: Set<string>): Set<string> | undefined {
  // Nearly every Connection field is just "keep-alive" or "close": answer those without splitting.
  if (!value || NO_OPTIONS.has(value)) return into;
  let names = into;
  for (const option of value.split(',')) {
    const name = option.trim().toLowerCase();
    // "keep-alive" and "close" are already dropped; skip the Set for the common case.
    if (name && !HOP_BY_HOP.has(name) && name !== 'close') (names ??= new Set()).add(name);
  }
  return names;
}
