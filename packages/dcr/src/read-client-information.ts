import { describeFailure, type PortalCredential } from './describe-failure.ts';
import type { OutboundResult } from './outbound-json.ts';
import type { IdpResult, RegisteredClient } from './registration-result.ts';

/**
 * Reads a client information response (RFC 7591 section 3.2.1, RFC 7592 section 3): one of the
 * expected statuses with at least a client_id. Anything else is a failure worded for the page.
 */
export function readClientInformation(
  result: OutboundResult,
  expected: readonly number[],
  idpLabel: string,
  credential: PortalCredential,
): IdpResult<RegisteredClient> {
  if (result.kind === 'answer' && expected.includes(result.status)) {
    const json = result.json as Partial<RegisteredClient> | null;
    if (json && typeof json.client_id === 'string' && json.client_id.length > 0) {
      return { ok: true, value: json as RegisteredClient };
    }
    return {
      ok: false,
      kind: 'unavailable',
      message: `The identity provider at ${idpLabel} answered without a client_id. Ask an admin to check the Client Registration Endpoint.`,
      outcomeUnknown: true,
    };
  }
  return { ok: false, ...describeFailure(result, idpLabel, credential) };
}

/** host[:port] of a URL, to name an IdP in messages without its path or query. */
export function hostOf(url: string): string {
  return new URL(url).host;
}
