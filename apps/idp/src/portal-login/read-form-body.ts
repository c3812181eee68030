import type { IncomingMessage } from 'node:http';

/** A sign-in or consent form is a few hundred bytes; anything much larger is not one. */
const MAX_FORM_BYTES = 16 * 1024;

/** Reads an application/x-www-form-urlencoded body; null when too large or of another type. */
export async function readFormBody(req: IncomingMessage): Promise<URLSearchParams | null> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_FORM_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
