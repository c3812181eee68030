import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Starts a server on 127.0.0.1 with an OS-chosen port and returns its base URL. */
export async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Stops a server now, cutting kept-alive connections so tests do not wait for their timeout. */
export async function stop(server: Server): Promise<void> {
  if (!server.listening) return;
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeAllConnections();
  await closed;
}

/** A URL where nothing listens: a server is started to reserve a port, then stopped. */
export async function closedPortUrl(server: Server): Promise<string> {
  const url = await listen(server);
  await stop(server);
  return url;
}
