import type { ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { Agent, type Dispatcher } from 'undici';
import { downstreamResponseHeaders, upstreamRequestHeaders } from './forwarded-headers.ts';
import type { GatewayLogger } from './gateway-logger.ts';
import { UPSTREAM_ANSWERED } from './gateway-metrics.ts';
import { gatewayResponses, type GatewayResponse } from './gateway-responses.ts';
import type { GatewayExchange } from './request-step.ts';

export const DEFAULT_UPSTREAM_TIMEOUT_MS = 30_000;

export interface UpstreamForwarderOptions {
  upstreamTimeoutMs?: number;
  logger: GatewayLogger;
  /**
   * Called once per forwarded request when the answer is complete, failed or abandoned, with
   * UPSTREAM_ANSWERED or the reason of the gateway's own answer (bad_gateway, gateway_timeout).
   */
  onFinished: (exchange: GatewayExchange, reason: string) => void;
}

export interface UpstreamForwarder {
  /** Streams the request to the API's upstream and the answer back; never throws. */
  forward(exchange: GatewayExchange): void;
  /** Waits for in-flight upstream requests, then closes the pooled connections. */
  close(): Promise<void>;
}

/**
 * Forwards requests through one undici Agent: a keep-alive connection pool per upstream origin,
 * shared by every request, so the hot path reuses sockets instead of opening one per request.
 * It uses undici's callback form with functions made once, so forwarding allocates no promise or
 * closure of its own per request.
 */
export function createUpstreamForwarder({ upstreamTimeoutMs = DEFAULT_UPSTREAM_TIMEOUT_MS, logger, onFinished }: UpstreamForwarderOptions): UpstreamForwarder {
  const agent = new Agent({
    // An upstream that accepts the request but never answers is cut off: 504.
    headersTimeout: upstreamTimeoutMs,
    connect: { timeout: Math.min(upstreamTimeoutMs, 10_000) },
  });

  function streamEnded(err: Error | null, { opaque: exchange }: Dispatcher.StreamData<GatewayExchange>): void {
    onFinished(exchange, err ? failed(err, exchange) : UPSTREAM_ANSWERED);
  }

  /** Answers a failed upstream request if it still can; returns the reason to count it under. */
  function failed(err: Error, { res, route, requestId }: GatewayExchange): string {
    if (res.headersSent) {
      // The answer already started: all we can do is cut it, so the client sees a truncated body.
      res.destroy();
      return UPSTREAM_ANSWERED;
    }
    if (res.destroyed) return UPSTREAM_ANSWERED; // the client left; nobody to answer
    const answer = failureResponse(err);
    logger.warn({ requestId, api: route.definition.name, upstream: route.upstreamOrigin, code: errorCode(err), status: answer.status }, 'upstream request failed');
    res.setHeader('x-request-id', requestId);
    answer.send(res);
    return answer.reason;
  }

  function forward(exchange: GatewayExchange): void {
    const { req, res, route } = exchange;
    if (res.destroyed) return onFinished(exchange, UPSTREAM_ANSWERED); // the client left while the steps ran
    exchange.forwardedAt = performance.now();
    // A client that goes away must not leave the upstream request running: the response itself is
    // the abort signal (undici takes any EventEmitter that emits "abort"), which costs one shared
    // listener instead of an AbortController per request.
    // `on`, not `once`: a response closes once, and `once` would allocate a wrapper per request.
    res.on('close', abortWhenUnfinished);
    agent.stream(
      {
        origin: route.upstreamOrigin,
        path: exchange.upstreamPath,
        method: req.method as Dispatcher.HttpMethod,
        headers: upstreamRequestHeaders(req, exchange.clientId!, exchange.scopes!.text, exchange),
        // Stream the body through; GET/HEAD without a declared body send none.
        body: hasBody(req.headers) ? req : null,
        signal: res,
        opaque: exchange,
        // Raw [name, value, ...] pairs: keeps case and repeated fields (Set-Cookie) and skips building an object.
        responseHeaders: 'raw',
      },
      relayResponse,
      streamEnded,
    );
  }

  return { forward, close: () => agent.close() };
}

/** A client that closed its connection before the whole answer was written aborts the upstream request. */
function abortWhenUnfinished(this: ServerResponse): void {
  if (!this.writableFinished) this.emit('abort');
}

/** Writes the upstream's status and headers and hands undici the response to stream the body into. */
function relayResponse({ statusCode, headers, opaque: exchange }: Dispatcher.StreamFactoryData<GatewayExchange>): ServerResponse {
  // responseHeaders: 'raw' makes undici pass the flat list its types describe as an object.
  exchange.res.writeHead(statusCode, downstreamResponseHeaders(headers as unknown as string[], exchange));
  return exchange.res;
}

function hasBody(headers: { 'content-length'?: string; 'transfer-encoding'?: string }): boolean {
  const length = headers['content-length'];
  return headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

/** 504 when the upstream was too slow, 502 for every other failure to get an answer (RFC 9110 section 15.6). */
function failureResponse(err: unknown): GatewayResponse {
  return TIMEOUT_CODES.has(errorCode(err) ?? '') ? gatewayResponses.gatewayTimeout : gatewayResponses.badGateway;
}

function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
