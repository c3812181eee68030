import { GatewayResponse, gatewayResponses } from './gateway-responses.ts';
import type { JwksKeySets } from './jwks-key-sets.ts';
import { MALFORMED_BEARER_TOKEN, NO_BEARER_TOKEN, readBearerToken } from './read-bearer-token.ts';
import type { RequestStep } from './request-step.ts';
import type { VerifiedTokenCache } from './verified-token-cache.ts';
import { verifyAccessToken } from './verify-access-token.ts';

/** The step that requires a valid bearer JWT for the matched API and records who the caller is. */
export function authenticateRequest(keySets: JwksKeySets, verified: VerifiedTokenCache): RequestStep {
  return async (exchange) => {
    const token = readBearerToken(exchange.req.headers.authorization);
    if (token === NO_BEARER_TOKEN) return gatewayResponses.missingToken;
    if (token === MALFORMED_BEARER_TOKEN) return gatewayResponses.malformedAuthorization;

    let caller = verified.get(exchange.route, token);
    if (caller === undefined) {
      const outcome = await verifyAccessToken(token, exchange.route, keySets);
      if (outcome instanceof GatewayResponse) return outcome;
      verified.set(exchange.route, token, outcome);
      caller = outcome;
    }
    exchange.claims = caller.claims;
    exchange.clientId = caller.clientId;
    return undefined;
  };
}
