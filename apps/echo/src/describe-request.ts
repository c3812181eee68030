import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';

/** What the echo server answers: the request as it arrived, so a demo shows what the gateway forwarded. */
export interface EchoedRequest {
  method: string;
  /** Raw path as received (not normalised), without the query string. */
  path: string;
  /** Query parameters; a repeated name becomes an array, as httpbin's `args`. */
  query: Record<string, string | string[]>;
  headers: IncomingHttpHeaders;
  /** The body as UTF-8 text ("" when there was none). */
  body: string;
  /** The body parsed as JSON when the content type says JSON and it parses; otherwise null. */
  json: unknown;
}

// application/json and structured-syntax suffixes such as application/merge-patch+json (RFC 6839).
const JSON_CONTENT_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

export function describeRequest(req: IncomingMessage, body: Buffer): EchoedRequest {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const text = body.toString('utf8');
  return {
    method: req.method ?? 'GET',
    path: q === -1 ? url : url.slice(0, q),
    query: q === -1 ? {} : parseQuery(url.slice(q + 1)),
    headers: req.headers,
    body: text,
    json: JSON_CONTENT_TYPE.test(req.headers['content-type'] ?? '') ? parseJsonOrNull(text) : null,
  };
}

function parseQuery(search: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(search)) {
    const seen = query[name];
    if (seen === undefined) query[name] = value;
    else if (Array.isArray(seen)) seen.push(value);
    else query[name] = [seen, value];
  }
  return query;
}

function parseJsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
