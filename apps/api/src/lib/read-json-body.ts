import type { IncomingMessage } from 'node:http';

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/** Reads a JSON request body up to `maxBytes`; GraphQL requests are small, so larger ones are refused early. */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  if (req.method !== 'POST') return undefined;
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/(graphql-response\+)?json\b/i.test(type)) {
    throw new BodyError(415, 'Send GraphQL requests as application/json.');
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) throw new BodyError(413, `Request body is larger than ${maxBytes} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new BodyError(413, `Request body is larger than ${maxBytes} bytes.`);
    chunks.push(chunk as Buffer);
  }
  let text: string;
  try {
    // RFC 8259 section 8.1: JSON is UTF-8. A lenient decode would turn bad bytes into U+FFFD
    // and store text the client never sent.
    text = UTF8.decode(Buffer.concat(chunks));
  } catch {
    throw new BodyError(400, 'The request body is not valid UTF-8.');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, 'The request body is not valid JSON.');
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
