import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { describeRequest } from './describe-request.ts';
import { BodyTooLargeError, readCappedBody } from './read-capped-body.ts';

/**
 * A demo upstream in the spirit of httpbin: any method and path answers 200 with the request as
 * JSON, so the last step of the portal -> IdP -> gateway flow shows the JWT the gateway forwarded.
 * GET /healthz answers a plain status for process supervisors.
 */
export function createEchoServer(): Server {
  return createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      // A client that vanished mid-body is not worth a stack trace; answer if we still can.
      if (!res.headersSent) sendJson(res, 400, { error: 'bad_request', error_description: 'The request body could not be read' });
      else res.destroy(err instanceof Error ? err : undefined);
    });
  });
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === 'GET' && (req.url === '/healthz' || req.url?.startsWith('/healthz?'))) {
    sendJson(res, 200, { status: 'ok' });
    return;
  }
  let body: Buffer;
  try {
    body = await readCappedBody(req);
  } catch (err) {
    if (!(err instanceof BodyTooLargeError)) throw err;
    // Close the connection: the rest of the oversized body is never read (RFC 9110 section 15.5.14).
    res.setHeader('connection', 'close');
    sendJson(res, 413, { error: 'payload_too_large', error_description: 'The request body exceeds 1 MiB' });
    return;
  }
  sendJson(res, 200, describeRequest(req, body));
}

function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  const body = JSON.stringify(payload);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  res.end(body);
}
