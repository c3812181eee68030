import { driverFor, type ClientAtIdp } from './drivers/index.ts';
import { outboundJson, type OutboundOptions } from './outbound-json.ts';
import type { Provider } from './providers.ts';
import { hostOf, readClientInformation } from './read-client-information.ts';
import type { IdpResult, RegisteredClient } from './registration-result.ts';
import { MANAGEMENT_STATUS, replacementMetadata } from './rfc7592.ts';

export interface UpdateClientRequest {
  provider: Provider;
  client: ClientAtIdp;
  /** The client's full registered metadata with the changes applied (RFC 7592 section 2.2). */
  metadata: Record<string, unknown>;
  /** The current client_secret, sent along where the driver says so (section 2.2 allows it). */
  currentSecret: string | null;
}

/**
 * RFC 7592 section 2.2: replace the client's metadata with a PUT to its configuration
 * endpoint. The answer is the client as now registered, and may carry a new client_secret or
 * registration_access_token, which the caller must store. Steps: find the endpoint -> build the
 * replacement body -> PUT -> read the answer.
 */
export async function updateClient(req: UpdateClientRequest, options?: OutboundOptions): Promise<IdpResult<RegisteredClient>> {
  const driver = driverFor(req.provider);
  const endpoint = driver.clientEndpoint(req.client);
  if (!endpoint) return { ok: false, kind: 'unsupported', message: driver.unmanagedReason };
  const body = replacementMetadata(req.client.clientId, req.metadata, driver.putCarriesSecret ? req.currentSecret : null);
  const result = await outboundJson(endpoint.url, { method: 'PUT', headers: { authorization: endpoint.authorization }, body }, options);
  if (result.kind === 'answer' && result.status === MANAGEMENT_STATUS.notSupported) {
    return { ok: false, kind: 'unsupported', message: `The identity provider at ${hostOf(endpoint.url)} does not let the portal update clients (HTTP 405).` };
  }
  return readClientInformation(result, {
    statuses: [MANAGEMENT_STATUS.ok],
    idpLabel: hostOf(endpoint.url),
    credential: endpoint.credential,
    schema: driver.answerSchema,
    clientId: req.client.clientId,
  });
}
