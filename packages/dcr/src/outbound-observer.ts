import type { Provider } from './providers.ts';

/** One finished call to an identity provider, for metrics: never its URL path, body or credentials. */
export interface OutboundCall {
  /** The IdP's host (and port): admin-configured, so a bounded set. */
  host: string;
  method: string;
  /** "2xx".."5xx" for an answer, else why there was none: timeout, unreachable, too-large, not-allowed. */
  outcome: string;
  durationMs: number;
}

/**
 * What the API learns of the calls to identity providers, set once at start like the outbound
 * policy (outbound-policy.ts): the ids that join the IdP's logs to the request that caused the
 * call, and each call's outcome and duration for the metrics.
 */
export interface OutboundObserver {
  /** Headers to add to each call, e.g. X-Request-Id and traceparent of the request being served. */
  headers(): Record<string, string> | undefined;
  called(call: OutboundCall): void;
  /** A registration's outcome: "registered", an RFC 7591 error code (other codes: "other_error"), or why no answer counted. */
  registered(provider: Provider, outcome: string): void;
}

const none: OutboundObserver = { headers: () => undefined, called: () => {}, registered: () => {} };
let current: OutboundObserver = none;

export function setOutboundObserver(observer: OutboundObserver | undefined): void {
  current = observer ?? none;
}

export function outboundObserver(): OutboundObserver {
  return current;
}
