import { GatewayResponse, gatewayResponses } from './gateway-responses.ts';
import type { JwksKeySets } from './jwks-key-sets.ts';
import { MALFORMED_BEARER_TOKEN, NO_BEARER_TOKEN, readBearerToken } from './read-bearer-token.ts';
import type { RequestStep } from './request-step.ts';
import { verifyAccessToken } from './verify-access-token.ts';

/** The step that requires a valid bearer JWT for the matched API and records who the caller is. */
export function authenticateRequest(keySets: JwksKeySets): RequestStep {
  return async (exchange) => {
    const token = readBearerToken(exchange.req.headers.authorization);
    if (token === NO_BEARER_TOKEN) return gatewayResponses.missingToken;
    if (token === MALFORMED_BEARER_TOKEN) return gatewayResponses.malformedAuthorization;

    const verified = await verifyAccessToken(token, exchange.route, keySets);
    if (verified instanceof GatewayResponse) return verified;
    exchange.claims = verified.claims;
    exchange.clientId = verified.clientId;
    return undefined;
  };
}
