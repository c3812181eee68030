import type { IncomingMessage } from 'node:http';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * The caller's IP address, for per-client limits. The SPA reaches the API through the web
 * process on the same machine, which appends the browser's address to X-Forwarded-For
 * (apps/web/server/proxy-to-api.ts). Only that last entry is trusted, and only from a loopback
 * peer: earlier entries are whatever the client wrote.
 */
export function clientIp(req: IncomingMessage): string | undefined {
  const peer = req.socket.remoteAddress;
  const forwarded = req.headers['x-forwarded-for'];
  if (peer && LOOPBACK.has(peer) && typeof forwarded === 'string') {
    const last = forwarded.split(',').at(-1)?.trim();
    if (last) return last;
  }
  return peer;
}
