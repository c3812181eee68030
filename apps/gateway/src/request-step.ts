import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JWTPayload } from 'jose';
import type { ApiRoute } from './api-definition.ts';
import type { GatewayResponse } from './gateway-responses.ts';
import type { PolicyRule, PortalClient, PortalSnapshot } from './portal-snapshot.ts';
import type { TokenScopes } from './token-scopes.ts';

/** Marks a limit header field the request has no value for (its policy sets no such limit). */
export const NO_LIMIT = -1;

/**
 * One proxied request as it moves through the steps, gathering what each step established.
 * Created once per request with every field present, so its shape never changes (V8 keeps one
 * hidden class) and steps write plain numbers instead of allocating objects.
 */
export interface GatewayExchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  /** performance.now() when the request arrived: its latency is counted from here. */
  readonly startedAt: number;
  /** The caller's X-Request-Id when acceptable, else a new one: sent upstream, returned, logged. */
  readonly requestId: string;
  /** The caller's W3C traceparent when valid, else one that starts a new trace: sent upstream. */
  readonly traceparent: string;
  /** performance.now() when the request was forwarded (0 before): the upstream's latency is counted from here. */
  forwardedAt: number;
  readonly route: ApiRoute;
  /** The portal data this request is judged by, read once when it arrived. */
  readonly snapshot: PortalSnapshot;
  /** Path and query to request from the upstream: upstream base path + remainder + query. */
  readonly upstreamPath: string;
  /** Set by the authentication step. */
  claims: JWTPayload | undefined;
  /** Set by the authentication step: the client id the API's identity source found in the token. */
  clientId: string | undefined;
  /** Set by the authentication step: the token's scopes, from `scope` or `scp`. */
  scopes: TokenScopes | undefined;
  /** Set by the authorisation step: the portal client the token belongs to, and its policy for this API. */
  client: PortalClient | undefined;
  policy: PolicyRule | undefined;
  /** Set by the limits step for the response headers; NO_LIMIT when the policy has no rate limit. */
  rateLimit: number;
  rateLimitRemaining: number;
  /** Seconds until the rate limit is fully replenished. */
  rateLimitReset: number;
  /** NO_LIMIT when the policy has no quota. */
  quotaLimit: number;
  quotaRemaining: number;
  /** Seconds until the quota renews. */
  quotaReset: number;
}

/**
 * A step of the request pipeline. It returns nothing to let the request continue, or the response
 * that ends it. A step that can answer synchronously should (see create-gateway.ts): awaiting
 * costs a microtask per step on every request.
 */
export type RequestStep = (exchange: GatewayExchange) => GatewayResponse | undefined | Promise<GatewayResponse | undefined>;
