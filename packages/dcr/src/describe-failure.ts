import type { OutboundResult } from './outbound-json.ts';
import { sanitisedDescription, sanitisedErrorCode } from './quoted-secrets.ts';
import type { IdpFailure } from './registration-result.ts';

/** Which credential the portal sent, so a refusal names the setting or state to check. */
export type PortalCredential = 'initial-access-token' | 'registration-access-token' | 'api-token';

const REFUSED: Record<PortalCredential, string> = {
  'initial-access-token': "refused the portal's credentials",
  'registration-access-token': "no longer accepts the portal's registration access token for this client",
  'api-token': "refused the portal's API token",
};
const ADVICE: Record<PortalCredential, string> = {
  'initial-access-token': 'Ask an admin to check the Initial Registration Access Token.',
  // RFC 7592 section 2: 401 also means the client no longer exists at the IdP.
  'registration-access-token': 'The client may have been deleted at the identity provider; ask an admin to check it there.',
  'api-token': 'Ask an admin to check the API token in the DCR settings.',
};

/**
 * Turns an answer that is not a success into something a developer can act on. RFC 7591 section
 * 3.2.2 errors keep the IdP's own code and error_description; everything else becomes a plain
 * sentence that never echoes the IdP's body (it might hold internals or secrets).
 */
export function describeFailure(result: OutboundResult, idpLabel: string, credential: PortalCredential = 'initial-access-token'): IdpFailure {
  if (result.kind === 'failed' && result.reason === 'not-allowed') {
    return {
      kind: 'unavailable',
      message: `The portal did not call the identity provider at ${idpLabel}: ${result.problem} Ask an admin to check the DCR settings.`,
      outcomeUnknown: false,
    };
  }
  if (result.kind === 'failed' && result.reason === 'too-large' && result.status >= 400) {
    // An error, however long: the IdP said no, it did not act (RFC 7591 section 3.2.2).
    return {
      kind: 'unavailable',
      message: `The identity provider at ${idpLabel} refused the request (HTTP ${result.status}) with an error answer too large to read. Ask an admin to check the identity provider.`,
      outcomeUnknown: false,
    };
  }
  if (result.kind === 'failed') {
    const why = {
      timeout: `did not answer in time`,
      unreachable: `could not be reached`,
      'too-large': `sent an answer that is too large`,
    }[result.reason];
    return {
      kind: 'unavailable',
      message: `The identity provider at ${idpLabel} ${why}. Try again later or ask an admin to check the DCR settings.`,
      // The request may have reached the IdP and been carried out; only "unreachable" (no
      // connection) proves it was not.
      outcomeUnknown: result.reason !== 'unreachable',
    };
  }
  if (result.kind === 'not-json') {
    return {
      kind: 'unavailable',
      message: `The identity provider at ${idpLabel} answered HTTP ${result.status} with something that is not JSON (${result.contentType ?? 'no content type'}). Ask an admin to check the Client Registration Endpoint.`,
      outcomeUnknown: result.status >= 200 && result.status < 300,
    };
  }
  const body = (result.json ?? {}) as { error?: unknown; error_description?: unknown };
  if (result.status === 401 || result.status === 403) {
    return {
      kind: 'unavailable',
      message: `The identity provider at ${idpLabel} ${REFUSED[credential]} (HTTP ${result.status}). ${ADVICE[credential]}`,
    };
  }
  // RFC 7591 section 3.2.2: the IdP's own verdict on the metadata, which the developer can act
  // on. Its free text is shown only bounded and cleaned, and not at all when the answer quoted a
  // credential of the request: then the code alone, with the portal's own sentence.
  if (typeof body.error === 'string' && result.status >= 400 && result.status < 500) {
    const error = sanitisedErrorCode(body.error) ?? 'invalid_request';
    if (result.quotedSecret) {
      const description = `The identity provider at ${idpLabel} refused the request (${error}); its description is not shown because it quoted a credential the portal sent.`;
      return { kind: 'rejected', error, description, status: result.status };
    }
    const text = typeof body.error_description === 'string' ? sanitisedDescription(body.error_description) : '';
    return { kind: 'rejected', error, description: text || error, status: result.status };
  }
  return { kind: 'unavailable', message: `The identity provider at ${idpLabel} answered HTTP ${result.status}. Try again later.` };
}
