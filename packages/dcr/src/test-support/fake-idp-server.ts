import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the fake IdP received it. */
export interface SeenRequest {
  method: string;
  /** Path and query. */
  url: string;
  authorization: string | undefined;
  body: Record<string, unknown> | undefined;
}

export interface FakeAnswer {
  status: number;
  /** JSON, or a string sent as is (as text/html: a login page where JSON was expected). */
  body?: unknown;
}

export type FakeRoute = (req: SeenRequest) => FakeAnswer | undefined | Promise<FakeAnswer | undefined>;

/** A vendor fake: its base URL, what it received, and a way to stop it. */
export interface FakeIdp {
  origin: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

/**
 * An HTTP server that plays an identity provider vendor at the HTTP boundary, for vendors no
 * real instance of which can run here. `route` answers each request (undefined: 404).
 */
export async function startFakeIdp(route: FakeRoute): Promise<FakeIdp> {
  const requests: SeenRequest[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', async () => {
      const seen: SeenRequest = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        authorization: req.headers.authorization,
        body: raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined,
      };
      requests.push(seen);
      const answer = (await route(seen)) ?? { status: 404, body: { error: 'not_found' } };
      if (answer.body === undefined) {
        res.writeHead(answer.status);
        res.end();
        return;
      }
      if (typeof answer.body === 'string') {
        res.writeHead(answer.status, { 'content-type': 'text/html' });
        res.end(answer.body);
        return;
      }
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export const newSecret = () => randomBytes(30).toString('base64url');
export const newId = () => randomUUID();
export const epoch = () => Math.floor(Date.now() / 1000);

/** RFC 7591 section 3.2.2 error body. */
export const rfc7591Error = (status: number, error: string, description: string): FakeAnswer => ({
  status,
  body: { error, error_description: description },
});
