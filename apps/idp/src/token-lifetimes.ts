/**
 * Lifetimes in seconds of what the provider issues. Setting them explicitly (rather than leaving
 * oidc-provider's defaults) makes them visible here and keeps oidc-provider from printing a
 * "you SHOULD change it" notice the first time each default is used.
 */
export const TOKEN_LIFETIMES = {
  /** JWT access tokens for the gateway, from any grant. Curity's default is shorter (300 s); an
   * hour keeps a developer's manual testing from running into expiry. */
  AccessToken: 60 * 60,
  ClientCredentials: 60 * 60,
  /** RFC 6749 section 4.1.2 recommends a maximum of 10 minutes; oidc-provider's default is 60 s. */
  AuthorizationCode: 60,
  IdToken: 60 * 60,
  RefreshToken: 14 * 24 * 60 * 60,
  Interaction: 60 * 60,
  Session: 14 * 24 * 60 * 60,
  Grant: 14 * 24 * 60 * 60,
} as const;

/**
 * How long a retired signing key stays in the JWKS: the longest lifetime of a token it signs
 * (JWT access tokens and ID tokens; refresh tokens and codes are not signed), so the gateway can
 * check every token until it expires.
 */
export const LONGEST_SIGNED_TOKEN_LIFETIME = Math.max(TOKEN_LIFETIMES.AccessToken, TOKEN_LIFETIMES.ClientCredentials, TOKEN_LIFETIMES.IdToken);
