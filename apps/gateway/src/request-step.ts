import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JWTPayload } from 'jose';
import type { ApiRoute } from './api-definition.ts';
import type { GatewayResponse } from './gateway-responses.ts';

/** One proxied request as it moves through the steps, gathering what each step established. */
export interface GatewayExchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly route: ApiRoute;
  /** Path and query to request from the upstream: upstream base path + remainder + query. */
  readonly upstreamPath: string;
  /** Set by the authentication step. */
  claims: JWTPayload | undefined;
  /** Set by the authentication step: the value of the API's identity claim. */
  clientId: string | undefined;
}

/**
 * A step of the request pipeline. It returns nothing to let the request continue, or the response
 * that ends it. Policy enforcement, rate limits and quotas slot in as further steps between
 * authentication and forwarding (see create-gateway.ts).
 */
export type RequestStep = (exchange: GatewayExchange) => GatewayResponse | undefined | Promise<GatewayResponse | undefined>;
