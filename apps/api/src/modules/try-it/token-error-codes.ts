/**
 * RFC 6749 section 5.2 error codes (plus RFC 8707 section 2's invalid_target) as the GraphQL
 * enum names them. Anything else an IdP sends becomes OTHER, with its own code kept beside it.
 */
export const TOKEN_ERROR_CODES = {
  invalid_request: 'INVALID_REQUEST',
  invalid_client: 'INVALID_CLIENT',
  invalid_grant: 'INVALID_GRANT',
  unauthorized_client: 'UNAUTHORIZED_CLIENT',
  unsupported_grant_type: 'UNSUPPORTED_GRANT_TYPE',
  invalid_scope: 'INVALID_SCOPE',
  invalid_target: 'INVALID_TARGET',
} as const;

export type TokenErrorCode = (typeof TOKEN_ERROR_CODES)[keyof typeof TOKEN_ERROR_CODES] | 'OTHER' | 'UNREACHABLE' | 'TIMEOUT' | 'INVALID_RESPONSE';

/** What to do about each refusal, said after the IdP's own description. */
export const TOKEN_ERROR_ADVICE: Partial<Record<TokenErrorCode, string>> = {
  INVALID_CLIENT: "Check that the client still exists at the identity provider and that its secret was not replaced elsewhere; rotate the secret on this page if needed.",
  UNAUTHORIZED_CLIENT: 'The client is not registered for this grant type at the identity provider.',
  INVALID_SCOPE: 'Ask for scopes the client is allowed, or leave the scope empty for its default.',
  INVALID_GRANT: 'Codes work once and for a short time: start the authorization again.',
};

export function tokenErrorCode(idpError: string): TokenErrorCode {
  return (TOKEN_ERROR_CODES as Record<string, TokenErrorCode>)[idpError] ?? 'OTHER';
}
