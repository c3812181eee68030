import { gatewayResponses } from './gateway-responses.ts';
import type { PolicyRule, PortalClient } from './portal-snapshot.ts';
import type { RequestStep } from './request-step.ts';

/**
 * The step after authentication: maps the token's identity claim to the portal's OAuth client,
 * and so to the policy of the catalogue entry it was created for that grants this API, else the
 * API's default policy (issue 5). Refuses a client the portal does not know (deleted: 401, see
 * gateway-responses.ts), a policy that does not grant the API, is inactive, or whose key expiry
 * has passed for this client (403). Map reads on the in-memory snapshot only.
 */
export const authorizeClient: RequestStep = (exchange) => {
  const { snapshot } = exchange;
  let client: PortalClient | undefined = snapshot.clientsByClientId.get(exchange.clientId!);
  if (client === undefined) return exchange.route.identity.unknownClient;

  const apiId = exchange.route.definition.id;
  let policy: PolicyRule | undefined = snapshot.policiesByEntryKey.get(client.entryKey)?.get(apiId);
  if (policy === undefined && snapshot.clientsSharingClientId.size > 0) {
    // A client_id two IdPs issued: the client whose catalogue entry grants this API is the one meant.
    for (const twin of snapshot.clientsSharingClientId.get(client.clientId) ?? []) {
      policy = snapshot.policiesByEntryKey.get(twin.entryKey)?.get(apiId);
      if (policy !== undefined) {
        client = twin;
        break;
      }
    }
  }
  policy ??= snapshot.defaultPolicyByApiId.get(apiId);
  // Identified: refusals from here on count in the client's usage.
  exchange.client = client;

  if (policy === undefined || !policy.apiIds.has(apiId)) return gatewayResponses.forbidden.api_not_granted;
  if (!policy.active) return gatewayResponses.forbidden.policy_inactive;
  if (policy.keyExpiresInMs !== null && Date.now() >= client.createdAtMs + policy.keyExpiresInMs) {
    return gatewayResponses.forbidden.client_expired;
  }
  exchange.policy = policy;
  return undefined;
};
