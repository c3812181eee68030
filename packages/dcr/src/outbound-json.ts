import { request } from 'undici';
import { outboundUrlProblem } from './outbound-policy.ts';

export interface OutboundOptions {
  /** Total time allowed for headers and body. */
  timeoutMs?: number;
  /** Larger answers are cut off and reported as garbled. */
  maxBytes?: number;
}

export type OutboundResult =
  | { kind: 'answer'; status: number; json: unknown; contentType: string | undefined }
  | { kind: 'not-json'; status: number; contentType: string | undefined }
  | { kind: 'failed'; reason: 'timeout' | 'unreachable' | 'too-large' }
  /** Not sent: the outbound policy refuses the URL (`problem` says why). */
  | { kind: 'failed'; reason: 'not-allowed'; problem: string };

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_BYTES = 256 * 1024;

/**
 * One JSON call to an identity provider. The URL must pass the outbound policy (https outside
 * local mode), redirects are not followed (undici's request never follows them), answers are
 * size-capped and time-limited, so an IdP URL cannot be turned into a way to make the portal
 * fetch elsewhere or hang (docs/decisions/008-outbound-calls.md).
 */
export async function outboundJson(
  url: string,
  init: {
    method: 'GET' | 'POST' | 'PUT' | 'DELETE';
    headers?: Record<string, string>;
    /** Sent as JSON. */
    body?: unknown;
    /** Sent as application/x-www-form-urlencoded instead, as token endpoints take it (RFC 6749 section 3.2). */
    form?: URLSearchParams;
  },
  options: OutboundOptions = {},
): Promise<OutboundResult> {
  const problem = outboundUrlProblem(url);
  if (problem) return { kind: 'failed', reason: 'not-allowed', problem };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
  let body: string | undefined;
  if (init.form !== undefined) {
    body = init.form.toString();
    headers['content-type'] = 'application/x-www-form-urlencoded';
  } else if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers['content-type'] = 'application/json';
  }
  try {
    const res = await request(url, {
      method: init.method,
      headers,
      body,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const contentType = headerValue(res.headers['content-type']);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) {
        res.body.destroy();
        return { kind: 'failed', reason: 'too-large' };
      }
      chunks.push(chunk as Buffer);
    }
    let text = Buffer.concat(chunks).toString('utf8');
    // An error answer may quote the credential it refused, and its description is shown to the
    // developer (RFC 7591 section 3.2.2); an admin's token must not reach them that way.
    if (res.statusCode >= 400) text = withoutCredential(text, headers.authorization);
    if (text.length === 0) return { kind: 'answer', status: res.statusCode, json: null, contentType };
    try {
      return { kind: 'answer', status: res.statusCode, json: JSON.parse(text), contentType };
    } catch {
      return { kind: 'not-json', status: res.statusCode, contentType };
    }
  } catch (error) {
    const name = (error as { name?: string; code?: string }).name;
    const code = (error as { code?: string }).code;
    const timedOut =
      name === 'TimeoutError' || name === 'AbortError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT';
    return { kind: 'failed', reason: timedOut ? 'timeout' : 'unreachable' };
  }
}

/** `text` with the credential of an Authorization header (and the header itself) blanked out. */
function withoutCredential(text: string, authorization: string | undefined): string {
  if (!authorization) return text;
  const credential = authorization.slice(authorization.indexOf(' ') + 1);
  // Too short to be a real token; blanking it would garble ordinary words.
  if (credential.length < 8) return text;
  return text.split(credential).join('[redacted]');
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
