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
 * RFC 7592 section 2.3 (or the vendor's equivalent): DELETE the client's configuration endpoint.
 * Only 204 is the IdP saying it deleted this client. A status the driver lists as "gone"
 * (RFC 7592: 401 for an unknown client or a token it does not accept; Okta: 404) proves nothing:
 * the portal's token may be stale or its URI wrong while the client lives on, so it is a failure
 * marked `notConfirmedGone` that callers journal for admins. 405 means the IdP does not support
 * deleting (older Gluu).
 */
export async function deleteClient(req: DeleteClientRequest, options?: OutboundOptions): Promise<IdpResult<'deleted'>> {
  const driver = driverFor(req.provider);
  const endpoint = driver.clientEndpoint(req.client);
  if (!endpoint) return { ok: false, kind: 'unsupported', message: driver.unmanagedReason };
  const result = await outboundJson(endpoint.url, { method: 'DELETE', headers: { authorization: endpoint.authorization } }, options);
  if (result.kind !== 'failed') {
    if (result.status === MANAGEMENT_STATUS.deleted) return { ok: true, value: 'deleted' };
    if (driver.goneStatuses.includes(result.status)) {
      return {
        ok: false,
        kind: 'unavailable',
        message: `The identity provider at ${hostOf(endpoint.url)} answered the delete with HTTP ${result.status}, which does not say it deleted client ${req.client.clientId}: it may be gone already, or the portal's means to manage it no longer work.`,
        notConfirmedGone: true,
      };
    }
    if (result.status === MANAGEMENT_STATUS.notSupported) {
      return { ok: false, kind: 'unsupported', message: `The identity provider at ${hostOf(endpoint.url)} does not let the portal delete clients (HTTP 405).` };
    }
  }
  return { ok: false, ...describeFailure(result, hostOf(endpoint.url), endpoint.credential) };
}
