import type { OutboundResult } from './outbound-json.ts';
import type { IdpFailure } from './registration-result.ts';

/**
 * Turns an answer that is not a success into something a developer can act on. RFC 7591 section
 * 3.2.2 errors keep the IdP's own code and error_description; everything else becomes a plain
 * sentence that never echoes the IdP's body (it might hold internals or secrets).
 */
export function describeFailure(result: OutboundResult, idpLabel: string): IdpFailure {
  if (result.kind === 'failed') {
    const why = {
      timeout: `did not answer in time`,
      unreachable: `could not be reached`,
      'too-large': `sent an answer that is too large`,
    }[result.reason];
    return { kind: 'unavailable', message: `The identity provider at ${idpLabel} ${why}. Try again later or ask an admin to check the DCR settings.` };
  }
  if (result.kind === 'not-json') {
    return {
      kind: 'unavailable',
      message: `The identity provider at ${idpLabel} answered HTTP ${result.status} with something that is not JSON (${result.contentType ?? 'no content type'}). Ask an admin to check the Client Registration Endpoint.`,
    };
  }
  const body = (result.json ?? {}) as { error?: unknown; error_description?: unknown };
  if (result.status === 401 || result.status === 403) {
    return {
      kind: 'unavailable',
      message: `The identity provider at ${idpLabel} refused the portal's credentials (HTTP ${result.status}). Ask an admin to check the Initial Registration Access Token.`,
    };
  }
  // RFC 7591 section 3.2.2: the IdP's own verdict on the metadata, which the developer can act on.
  if (typeof body.error === 'string' && result.status >= 400 && result.status < 500) {
    const description = typeof body.error_description === 'string' ? body.error_description : body.error;
    return { kind: 'rejected', error: body.error, description, status: result.status };
  }
  return { kind: 'unavailable', message: `The identity provider at ${idpLabel} answered HTTP ${result.status}. Try again later.` };
}
