import { describeFailure } from './describe-failure.ts';
import { outboundJson, type OutboundOptions } from './outbound-json.ts';
import type { IdpResult } from './registration-result.ts';

export interface ManagedClientRef {
  /** RFC 7592 registration_client_uri. */
  registrationClientUri: string;
  /** RFC 7592 registration_access_token. */
  registrationAccessToken: string;
}

/**
 * RFC 7592 section 2.3: DELETE the client configuration endpoint with the registration access
 * token; 204 on success. A 401 or 404 means the client is already gone at the IdP, which is the
 * outcome a delete wants, so it counts as done.
 */
export async function deleteClient(ref: ManagedClientRef, options?: OutboundOptions): Promise<IdpResult<'deleted' | 'already-gone'>> {
  const result = await outboundJson(
    ref.registrationClientUri,
    { method: 'DELETE', headers: { authorization: `Bearer ${ref.registrationAccessToken}` } },
    options,
  );
  if (result.kind !== 'failed' && (result.status === 204 || result.status === 200)) return { ok: true, value: 'deleted' };
  if (result.kind !== 'failed' && (result.status === 401 || result.status === 404)) return { ok: true, value: 'already-gone' };
  return { ok: false, ...describeFailure(result, new URL(ref.registrationClientUri).host) };
}
