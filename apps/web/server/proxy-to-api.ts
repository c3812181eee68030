import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import { SECURITY_HEADERS } from './security-headers.ts';

// RFC 9110 section 7.6.1: connection-specific headers are not forwarded by a proxy.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

function endToEnd(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const listed = String(headers.connection ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const out: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || listed.includes(name)) continue;
    out[name] = value;
  }
  return out;
}

function sendUnavailable(res: ServerResponse, status: 502 | 504, message: string): void {
  // GraphQL-shaped, so Apollo Client and scripts read it like any other API error.
  const body = JSON.stringify({ errors: [{ message, extensions: { code: 'API_UNAVAILABLE' } }] });
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  res.end(body);
}

/**
 * Forwards one request to the API and pipes the answer back unchanged: status, body and
 * headers, Set-Cookie included, so the session cookie the API sets belongs to this origin.
 * The API sees the browser's Cookie and Content-Type (Apollo's CSRF prevention needs the
 * latter) plus X-Forwarded-* naming the original request.
 */
export function proxyToApi(
  req: IncomingMessage,
  res: ServerResponse,
  api: URL,
  options: { timeoutMs: number },
): void {
  const incoming = new URL(req.url ?? '/', 'http://web.invalid');
  const headers = endToEnd(req.headers);
  headers.host = api.host;
  headers['x-forwarded-host'] = req.headers.host;
  headers['x-forwarded-proto'] = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
  const peer = req.socket.remoteAddress;
  if (peer) {
    const prior = req.headers['x-forwarded-for'];
    headers['x-forwarded-for'] = prior ? `${String(prior)}, ${peer}` : peer;
  }

  const upstream = (api.protocol === 'https:' ? https : http).request({
    protocol: api.protocol,
    hostname: api.hostname,
    port: api.port,
    method: req.method,
    path: api.pathname + incoming.search,
    headers,
    timeout: options.timeoutMs,
  });

  upstream.on('response', (answer) => {
    res.writeHead(answer.statusCode ?? 502, { ...endToEnd(answer.headers), ...SECURITY_HEADERS });
    answer.pipe(res);
    answer.on('error', () => res.destroy());
  });
  upstream.on('timeout', () => {
    upstream.destroy();
    if (!res.headersSent) sendUnavailable(res, 504, 'The Gatehouse API did not answer in time.');
  });
  upstream.on('error', () => {
    if (!res.headersSent) sendUnavailable(res, 502, 'The Gatehouse API is not reachable.');
    else res.destroy();
  });
  // The browser went away: stop the API request too.
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });

  req.pipe(upstream);
}
