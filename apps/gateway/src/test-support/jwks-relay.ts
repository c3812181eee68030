import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { stop } from './listen.ts';

/**
 * Stands between the gateway and the IdP's JWKS endpoint: counts the gateway's fetches and can go
 * down (its port then refuses connections, as a stopped IdP's would) and come back on the same URL.
 * The IdP itself stays up, so tests can still get tokens while its JWKS is unreachable.
 */
export class JwksRelay {
  /** JWKS fetches that reached the relay while it was up. */
  hits = 0;
  url = '';
  private port = 0;
  private readonly server: Server;

  constructor(private readonly target: () => string) {
    this.server = createServer((req, res) => {
      this.hits++;
      fetch(this.target())
        .then(async (upstream) => {
          const body = await upstream.text();
          res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
          res.end(body);
        })
        .catch(() => {
          res.writeHead(502);
          res.end();
        });
    });
  }

  async up(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    this.url = `http://127.0.0.1:${this.port}/jwks`;
  }

  get isUp(): boolean {
    return this.server.listening;
  }

  down(): Promise<void> {
    return stop(this.server);
  }
}
