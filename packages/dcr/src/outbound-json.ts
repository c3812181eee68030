import { request } from 'undici';
import { outboundObserver } from './outbound-observer.ts';
import { outboundUrlProblem } from './outbound-policy.ts';
import { quotedSecretCheck } from './quoted-secrets.ts';
import { SECRET_RESPONSE_FIELDS } from './rfc7591.ts';

export interface OutboundOptions {
  /** Total time allowed for headers and body. */
  timeoutMs?: number;
  /** Larger answers are cut off and reported as garbled. */
  maxBytes?: number;
}

export type OutboundResult =
  | {
      kind: 'answer';
      status: number;
      json: unknown;
      contentType: string | undefined;
      /**
       * Some text of the answer quoted, in some form, a credential the request carried; each
       * such string was replaced by WITHHELD (credential fields of a success excepted).
       */
      quotedSecret?: boolean;
    }
  | { kind: 'not-json'; status: number; contentType: string | undefined }
  | { kind: 'failed'; reason: 'timeout' | 'unreachable' }
  /** The answer was cut off at maxBytes; its status had arrived. */
  | { kind: 'failed'; reason: 'too-large'; status: number }
  /** Not sent: the outbound policy refuses the URL (`problem` says why). */
  | { kind: 'failed'; reason: 'not-allowed'; problem: string };

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_BYTES = 256 * 1024;

/** What replaces a string of an answer that quoted a credential of the request. */
export const WITHHELD = '[withheld: it quoted a credential the portal sent]';

/**
 * One JSON call to an identity provider. The URL must pass the outbound policy (https outside
 * local mode), redirects are not followed (undici's request never follows them), answers are
 * size-capped and time-limited, so an IdP URL cannot be turned into a way to make the portal
 * fetch elsewhere or hang (docs/decisions/008-outbound-calls.md).
 */
export async function outboundJson(url: string, init: OutboundInit, options: OutboundOptions = {}): Promise<OutboundResult> {
  const started = performance.now();
  const result = await callIdp(url, init, options);
  const status = 'status' in result ? result.status : undefined;
  outboundObserver().called({
    host: URL.canParse(url) ? new URL(url).host : 'invalid',
    method: init.method,
    outcome: result.kind === 'failed' ? result.reason : `${Math.floor(status! / 100)}xx`,
    durationMs: performance.now() - started,
  });
  return result;
}

interface OutboundInit {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  headers?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as application/x-www-form-urlencoded instead, as token endpoints take it (RFC 6749 section 3.2). */
  form?: URLSearchParams;
}

async function callIdp(url: string, init: OutboundInit, options: OutboundOptions): Promise<OutboundResult> {
  const problem = outboundUrlProblem(url);
  if (problem) return { kind: 'failed', reason: 'not-allowed', problem };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // The request id and traceparent of the request being served, so the IdP's logs join the portal's.
  const headers: Record<string, string> = { ...outboundObserver().headers(), accept: 'application/json', ...init.headers };
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
        return { kind: 'failed', reason: 'too-large', status: res.statusCode };
      }
      chunks.push(chunk as Buffer);
    }
    const text = Buffer.concat(chunks).toString('utf8');
    if (text.length === 0) return { kind: 'answer', status: res.statusCode, json: null, contentType };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { kind: 'not-json', status: res.statusCode, contentType };
    }
    // An answer may quote the credentials the request carried, in any encoding, and parts of
    // it are shown (RFC 7591 section 3.2.2 error_description): an admin's token must not reach
    // a developer that way. The check runs on parsed values, so JSON escapes are undone.
    const quotes = quotedSecretCheck(sentCredentials(headers.authorization, init.body, init.form));
    const keep = res.statusCode < 300 ? new Set<string>(SECRET_RESPONSE_FIELDS) : new Set<string>(['registration_access_token']);
    const withheld = withholdQuotes(json, quotes, keep);
    return { kind: 'answer', status: res.statusCode, json: withheld.value, contentType, ...(withheld.found ? { quotedSecret: true } : {}) };
  } catch (error) {
    const name = (error as { name?: string; code?: string }).name;
    const code = (error as { code?: string }).code;
    const timedOut =
      name === 'TimeoutError' || name === 'AbortError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT';
    return { kind: 'failed', reason: timedOut ? 'timeout' : 'unreachable' };
  }
}

/** Fields of a request body or form that hold a credential (RFC 7591/7592, RFC 6749). */
const CREDENTIAL_FIELDS = new Set(['client_secret', 'registration_access_token', 'access_token', 'refresh_token', 'password', 'client_assertion', 'code']);

/** The credentials a request carries: its Authorization header's, and credential fields of its body. */
function sentCredentials(authorization: string | undefined, body: unknown, form: URLSearchParams | undefined): string[] {
  const out: string[] = [];
  if (authorization) out.push(authorization.slice(authorization.indexOf(' ') + 1));
  const fields = body && typeof body === 'object' ? Object.entries(body) : form ? [...form.entries()] : [];
  for (const [key, value] of fields) if (CREDENTIAL_FIELDS.has(key) && typeof value === 'string') out.push(value);
  return out;
}

/**
 * The JSON value with every string that quotes a credential replaced by WITHHELD. `keep` names
 * top-level fields left as they are: a success's client_secret is the client's own (a PUT may
 * send it, RFC 7592 section 2.2, and the answer repeats it); a registration_access_token is
 * never shown, and the portal must keep a rotated one.
 */
function withholdQuotes(json: unknown, quotes: (text: string) => boolean, keep: ReadonlySet<string>): { value: unknown; found: boolean } {
  let found = false;
  const walk = (value: unknown, top: boolean): unknown => {
    if (typeof value === 'string') {
      if (!quotes(value)) return value;
      found = true;
      return WITHHELD;
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, false));
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => {
          if (top && keep.has(key)) return [key, item];
          if (quotes(key)) found = true;
          return [quotes(key) ? WITHHELD : key, walk(item, false)];
        }),
      );
    }
    return value;
  };
  const value = walk(json, true);
  return { value, found };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
