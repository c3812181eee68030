import { createConnection, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP relay to a real server (Redis) that a test can take down, cutting every connection as a
 * crashed server would, and bring back on the same port: the real server stays up for the others
 * that share it.
 */
export class TcpRelay {
  port = 0;
  /** While true, connections stay open but nothing is relayed either way. */
  frozen = false;
  /** While true, requests reach the server but its answers are dropped: a reply lost on the way. */
  answersLost = false;
  readonly #sockets = new Set<Socket>();
  #server: Server | undefined;

  constructor(private readonly target: { host: string; port: number }) {}

  async up(): Promise<void> {
    const server = createServer((client) => {
      const upstream = createConnection(this.target);
      for (const socket of [client, upstream]) {
        this.#sockets.add(socket);
        socket.on('close', () => this.#sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      // Bytes are dropped while frozen: a server that hangs without closing its connections.
      client.on('data', (data) => this.frozen || upstream.write(data));
      upstream.on('data', (data) => this.frozen || this.answersLost || client.write(data));
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.#server = server;
  }

  async down(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = undefined;
    const closed = new Promise((resolve) => server.close(resolve));
    for (const socket of this.#sockets) socket.destroy();
    await closed;
  }
}
