/**
 * RFC 7592 (OAuth 2.0 Dynamic Client Registration Management Protocol) as data.
 */

/**
 * Section 2.2: a PUT carries the client's full metadata with its client_id, but never the
 * fields the server issues. oidc-provider answers `invalid_request` when one is present; Okta
 * likewise refuses client_secret_expires_at and client_id_issued_at in its PUT.
 */
export const PUT_OMITTED_FIELDS = [
  'registration_access_token',
  'registration_client_uri',
  'client_secret_expires_at',
  'client_id_issued_at',
] as const;

/** Answers to management requests (sections 2.1-2.3) and what they mean to the portal. */
export const MANAGEMENT_STATUS = {
  /** Section 2.1/2.2: the client information response. */
  ok: 200,
  /** Section 2.3: deleted. */
  deleted: 204,
  /** Section 2: the client does not exist or the registration access token is not valid. */
  unknownClientOrToken: 401,
  /** Section 2: the server does not support this operation ("older versions had no DELETE"). */
  notSupported: 405,
} as const;

/**
 * The PUT body of section 2.2: the registered metadata with the changes, the client_id, and
 * (when given) the current client_secret, which the section lets a client include and which
 * must then match. Server-issued fields are left out.
 */
export function replacementMetadata(
  clientId: string,
  metadata: Record<string, unknown>,
  currentSecret?: string | null,
): Record<string, unknown> {
  const body: Record<string, unknown> = { ...metadata, client_id: clientId };
  for (const field of PUT_OMITTED_FIELDS) delete body[field];
  delete body.client_secret;
  if (currentSecret) body.client_secret = currentSecret;
  return body;
}
