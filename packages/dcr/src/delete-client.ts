import { driverFor, type ClientAtIdp } from './drivers/index.ts';
import { describeFailure } from './describe-failure.ts';
import { outboundJson, type OutboundOptions } from './outbound-json.ts';
import type { Provider } from './providers.ts';
import { hostOf } from './read-client-information.ts';
import type { IdpResult } from './registration-result.ts';
import { MANAGEMENT_STATUS } from './rfc7592.ts';

export interface DeleteClientRequest {
  provider: Provider;
  client: ClientAtIdp;
}

/**
 * RFC 7592 section 2.3 (or the vendor's equivalent): DELETE the client's configuration endpoint;
 * 204 on success. A status the driver lists as "gone" (RFC 7592: 401 for an unknown client;
 * Okta: 404) means the client no longer exists there, which is what a delete wants. 405 means
 * the IdP does not support deleting (older Gluu).
 */
export async function deleteClient(req: DeleteClientRequest, options?: OutboundOptions): Promise<IdpResult<'deleted' | 'already-gone'>> {
  const driver = driverFor(req.provider);
  const endpoint = driver.clientEndpoint(req.client);
  if (!endpoint) return { ok: false, kind: 'unsupported', message: driver.unmanagedReason };
  const result = await outboundJson(endpoint.url, { method: 'DELETE', headers: { authorization: endpoint.authorization } }, options);
  if (result.kind !== 'failed') {
    if (result.status === MANAGEMENT_STATUS.deleted || result.status === MANAGEMENT_STATUS.ok) return { ok: true, value: 'deleted' };
    if (driver.goneStatuses.includes(result.status)) return { ok: true, value: 'already-gone' };
    if (result.status === MANAGEMENT_STATUS.notSupported) {
      return { ok: false, kind: 'unsupported', message: `The identity provider at ${hostOf(endpoint.url)} does not let the portal delete clients (HTTP 405).` };
    }
  }
  return { ok: false, ...describeFailure(result, hostOf(endpoint.url), endpoint.credential) };
}
