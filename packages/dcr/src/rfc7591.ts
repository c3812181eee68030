/**
 * RFC 7591 (OAuth 2.0 Dynamic Client Registration) as data.
 */

/** Section 3.2.2: error codes a registration endpoint answers with (HTTP 400). */
export const REGISTRATION_ERROR_CODES = [
  'invalid_redirect_uri',
  'invalid_client_metadata',
  'invalid_software_statement',
  'unapproved_software_statement',
] as const;
export type RegistrationErrorCode = (typeof REGISTRATION_ERROR_CODES)[number];

/** Section 2: values of `grant_types` the portal offers. */
export const GRANT_TYPES = ['authorization_code', 'client_credentials', 'refresh_token', 'implicit'] as const;
export type GrantType = (typeof GRANT_TYPES)[number];

/** Section 2: values of `response_types` the portal offers. */
export const RESPONSE_TYPES = ['code', 'token'] as const;
export type ResponseType = (typeof RESPONSE_TYPES)[number];

/** Section 2: `token_endpoint_auth_method` values the portal offers (default client_secret_basic). */
export const TOKEN_ENDPOINT_AUTH_METHODS = ['client_secret_post', 'client_secret_basic', 'none'] as const;
export type TokenEndpointAuthMethod = (typeof TOKEN_ENDPOINT_AUTH_METHODS)[number];

/** Client metadata the portal sends (section 2). The IdP may change any of it in its answer. */
export interface ClientMetadataRequest {
  client_name: string;
  redirect_uris: string[];
  grant_types: GrantType[];
  response_types: ResponseType[];
  token_endpoint_auth_method: TokenEndpointAuthMethod;
  scope?: string;
}

/**
 * Section 3.2.1 (plus RFC 7592 section 3): the registration response. Only client_id is
 * required; everything else is whatever the IdP registered.
 */
export interface ClientInformationResponse {
  client_id: string;
  client_secret?: string;
  client_id_issued_at?: number;
  /** 0 means the secret never expires. */
  client_secret_expires_at?: number;
  registration_access_token?: string;
  registration_client_uri?: string;
  [metadata: string]: unknown;
}

/** Response fields that are credentials: never stored in plain text, never logged. */
export const SECRET_RESPONSE_FIELDS = ['client_secret', 'registration_access_token'] as const;

/**
 * Which wizard field an error concerns, so the portal can show it beside that field. RFC 7591
 * ties invalid_redirect_uri to redirect_uris; the other codes concern the request as a whole.
 */
export const ERROR_FIELD: Record<RegistrationErrorCode, 'redirectUris' | null> = {
  invalid_redirect_uri: 'redirectUris',
  invalid_client_metadata: null,
  invalid_software_statement: null,
  unapproved_software_statement: null,
};

export function isRegistrationErrorCode(value: unknown): value is RegistrationErrorCode {
  return typeof value === 'string' && (REGISTRATION_ERROR_CODES as readonly string[]).includes(value);
}

/** The names the seed guide's `Grant Types` field shows (Tyk Dashboard's DCR settings). */
export const GRANT_TYPE_LABELS: Record<GrantType, string> = {
  authorization_code: 'Authorization Code',
  client_credentials: 'Client Credentials',
  refresh_token: 'Refresh Token',
  implicit: 'Implicit',
};

/** The names the seed guide's `Response Types` field shows. */
export const RESPONSE_TYPE_LABELS: Record<ResponseType, string> = {
  code: 'Authorization Code',
  token: 'Token',
};

/** The names the seed guide's `Token Endpoint Auth Method` field shows. */
export const TOKEN_ENDPOINT_AUTH_METHOD_LABELS: Record<TokenEndpointAuthMethod, string> = {
  client_secret_post: 'Client Secret - Post',
  client_secret_basic: 'Client Secret - Basic',
  none: 'None',
};

/**
 * Section 2.1: the grant type each response type goes with. `code` is used by the
 * authorization code grant, `token` by the implicit grant; a client that registers one without
 * the other is inconsistent, and IdPs such as Okta refuse it (Tyk #3561).
 */
export const RESPONSE_TYPE_GRANT: Record<ResponseType, GrantType> = {
  code: 'authorization_code',
  token: 'implicit',
};
