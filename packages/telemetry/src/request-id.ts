import { randomUUID } from 'node:crypto';

/** The header that joins a gateway's log line to the API's and the upstream's for one request. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * At most 128 characters from a set that cannot break a log line, a header or a query: a caller
 * controls this header, so anything else (control characters, quotes, a megabyte) is replaced.
 * Covers UUIDs, ULIDs, and the ids of common proxies (nginx's $request_id, AWS's Root=1-...).
 */
const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._:=+/-]{1,128}$/;

/** The caller's request id when it is acceptable, else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && ACCEPTED_REQUEST_ID.test(header) ? header : randomUUID();
}
