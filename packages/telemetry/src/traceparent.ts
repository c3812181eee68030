import { randomUUID } from 'node:crypto';

/** W3C Trace Context (https://www.w3.org/TR/trace-context/) header names. */
export const TRACEPARENT_HEADER = 'traceparent';
export const TRACESTATE_HEADER = 'tracestate';

/**
 * version "00", 16-byte trace id, 8-byte parent id, flags (Trace Context section 3.2.2). A
 * higher version may add fields after a dash; an all-zero id is invalid (sections 3.2.2.3, 3.2.2.4).
 */
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;

/** The trace id of a valid traceparent, or undefined (section 3.2.2: an invalid header is ignored). */
export function traceIdOf(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string' || header.length > 512) return undefined;
  const match = TRACEPARENT.exec(header);
  if (!match) return undefined;
  const [, version, traceId, parentId, , rest] = match;
  if (version === 'ff' || (version === '00' && rest !== undefined)) return undefined;
  if (/^0+$/.test(traceId!) || /^0+$/.test(parentId!)) return undefined;
  return traceId;
}

/**
 * A traceparent that starts a new trace, for a request that came without one. Its sampled flag
 * is set so that a traced upstream records the request under this trace id, which the log lines
 * of every process carry (docs/operations.md).
 */
export function newTraceparent(): string {
  // randomUUID draws from a cached entropy pool: cheaper than randomBytes on the gateway's path.
  const trace = randomUUID();
  const parent = randomUUID();
  return `00-${trace.slice(0, 8)}${trace.slice(9, 13)}${trace.slice(14, 18)}${trace.slice(19, 23)}${trace.slice(24)}-${parent.slice(0, 8)}${parent.slice(9, 13)}${parent.slice(14, 18)}-01`;
}

/**
 * The caller's traceparent when valid, passed on unchanged (Trace Context section 3.2: a proxy
 * that records no span of its own forwards the caller's parent); otherwise a new trace.
 */
export function traceparentFrom(header: string | string[] | undefined): string {
  return traceIdOf(header) === undefined ? newTraceparent() : (header as string);
}
