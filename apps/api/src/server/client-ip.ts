import type { IncomingMessage } from 'node:http';

/** `::ffff:127.0.0.1` is 127.0.0.1 reached over an IPv6 socket. */
const plain = (address: string) => (address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address);

/**
 * The caller's IP address, for per-client limits. The SPA reaches the API through the web
 * process, which appends the address it saw to X-Forwarded-For (apps/web/server/proxy-to-api.ts).
 * The header is read only when the peer is a configured proxy (GATEHOUSE_TRUSTED_PROXIES), and
 * only its last entry, the one that proxy added: earlier entries are whatever the client wrote.
 */
export function clientIpResolver(trustedProxies: readonly string[]): (req: IncomingMessage) => string | undefined {
  const trusted = new Set(trustedProxies.map(plain));
  return (req) => {
    const peer = req.socket.remoteAddress && plain(req.socket.remoteAddress);
    const forwarded = req.headers['x-forwarded-for'];
    if (!peer || !trusted.has(peer) || typeof forwarded !== 'string') return peer;
    const last = forwarded.split(',').at(-1)?.trim();
    return last ? plain(last) : peer;
  };
}
