import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import sirv from 'sirv';
import { proxyToApi } from './proxy-to-api.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

export interface WebServerOptions {
  /** The Vite build output: index.html and assets/. */
  distDir: string;
  /** The API's GraphQL URL, for example http://127.0.0.1:4000/graphql; `/graphql` is proxied to it. */
  apiUrl: string;
  /** How long a proxied request may take; registration at an IdP can be slow. Default 60 s. */
  apiTimeoutMs?: number;
}

// Vite names every file under assets/ after its content hash: it can be cached for good.
const IMMUTABLE = 'public, max-age=31536000, immutable';

function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...extra });
  res.end(text);
}

/**
 * The production web process: the built SPA (index.html for every app route, so deep links
 * work), `/graphql` proxied to the API so the session cookie is first-party, `/healthz`, and
 * security headers on every response. Returned unstarted; call `listen`.
 */
export function createWebServer({ distDir, apiUrl, apiTimeoutMs = 60_000 }: WebServerOptions): Server {
  const api = new URL(apiUrl);
  const assets = sirv(distDir, {
    dev: false,
    etag: true,
    // Paths without a file extension get index.html; a missing /assets/x.js stays a 404.
    single: true,
    setHeaders(res, pathname) {
      res.setHeader('cache-control', pathname.startsWith('/assets/') ? IMMUTABLE : 'no-cache');
    },
    onNoMatch(_req, res) {
      sendText(res, 404, 'Not found');
    },
  });

  return createServer((req: IncomingMessage, res: ServerResponse) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const { pathname } = new URL(req.url ?? '/', 'http://web.invalid');

    if (pathname === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ status: 'ok' }));
      return;
    }
    if (pathname === '/graphql') {
      proxyToApi(req, res, api, { timeoutMs: apiTimeoutMs });
      return;
    }
    // Source maps stay on disk (vite.config.ts writes them for tooling); the source is not published.
    if (pathname.endsWith('.map')) {
      sendText(res, 404, 'Not found');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed', { allow: 'GET, HEAD' });
      return;
    }
    assets(req, res);
  });
}
