import { GatewayResponse, gatewayResponses } from './gateway-responses.ts';
import type { GatewayMetrics } from './gateway-metrics.ts';
import type { JwksKeySets } from './jwks-key-sets.ts';
import { MALFORMED_BEARER_TOKEN, NO_BEARER_TOKEN, readBearerToken } from './read-bearer-token.ts';
import type { GatewayExchange, RequestStep } from './request-step.ts';
import type { VerifiedTokenCache } from './verified-token-cache.ts';
import { verifyAccessToken } from './verify-access-token.ts';

/**
 * The step that requires a valid bearer JWT for the matched API and records who the caller is.
 * A token verified earlier is answered synchronously from the cache (the common case); only a
 * new token goes through the asynchronous signature check.
 */
export function authenticateRequest(keySets: JwksKeySets, verified: VerifiedTokenCache, metrics?: GatewayMetrics): RequestStep {
  async function verifyAndRemember(exchange: GatewayExchange, token: string): Promise<GatewayResponse | undefined> {
    const outcome = await verifyAccessToken(token, exchange.route, keySets);
    if (outcome instanceof GatewayResponse) return outcome;
    verified.set(exchange.route, token, outcome, keySets.keySet(exchange.route.definition.jwksUri));
    exchange.claims = outcome.claims;
    exchange.clientId = outcome.clientId;
    exchange.scopes = outcome.scopes;
    return undefined;
  }

  return (exchange) => {
    const token = readBearerToken(exchange.req.headers.authorization);
    if (token === NO_BEARER_TOKEN) return gatewayResponses.missingToken;
    if (token === MALFORMED_BEARER_TOKEN) return gatewayResponses.malformedAuthorization;

    const caller = verified.get(exchange.route, token);
    metrics?.tokenCacheLookup(caller !== undefined);
    if (caller === undefined) return verifyAndRemember(exchange, token);
    exchange.claims = caller.claims;
    exchange.clientId = caller.clientId;
    exchange.scopes = caller.scopes;
    return undefined;
  };
}
