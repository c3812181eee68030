/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new developer account (Portal Management -> Developers -> Add developer). */
export type AddDeveloperInput = {
  /** Sign-in email address; unique. */
  email: string;
  /** Display name. */
  name: string;
  /** First password, at least 12 characters; pass it on to the developer. */
  password: string;
};

/** Why a call got no answer. */
export type ApiCallFailureReason =
  /** No answer within the time limit. */
  | 'TIMEOUT'
  /** The gateway could not be reached. */
  | 'UNREACHABLE';

/**
 * What an API token may do. Integrator tokens are made by admins (ADMIN or READ_ONLY); a
 * developer's personal token (DEVELOPER) acts as that developer.
 */
export type ApiTokenRole =
  /**
   * Everything an admin may do, listing and revoking API tokens included (to retire a leaked one
   * from a script), except creating API tokens and changing the admin's own account (password,
   * sign-in and sign-out need the portal).
   */
  | 'ADMIN'
  /**
   * A developer's personal token: what that developer may do, listing and revoking their own
   * tokens included, except creating tokens and changing the account.
   */
  | 'DEVELOPER'
  /** Queries an admin may run; every mutation is refused with FORBIDDEN. */
  | 'READ_ONLY';

/** Whether a token works now. */
export type ApiTokenStatus =
  /** The token works. */
  | 'ACTIVE'
  /** The token's expiry has passed. */
  | 'EXPIRED'
  /** Someone revoked the token. */
  | 'REVOKED';

/** How the gateway authenticates calls to an API (`Authentication mode`). */
export type AuthMode =
  /** `JSON Web Token (JWT)`: a bearer JWT checked against the API's JWKS URI. */
  | 'JWT';

/** Where the identity provider sends the browser back with the authorization code. */
export type AuthorizationRedirect =
  /** To one of the client's own redirect URIs; the developer pastes the code back into the portal. */
  | 'CLIENT_REDIRECT_URI'
  /**
   * To the portal's callback URL, which the portal adds to the client's redirect URIs (RFC 7592
   * update) when missing; needs `consentToAddPortalCallback`. The portal exchanges the code itself.
   */
  | 'PORTAL_CALLBACK';

export type CallApiInput = {
  /** The access token to send as `Authorization: Bearer`. */
  accessToken: string;
  /** The API (TryItApi.id) to call; one its policies grant. */
  apiId: string | number;
  /** Request body (text, at most 64 KB); not allowed with GET and HEAD. */
  body?: string | null | undefined;
  /** The client (OAuthClient.id) whose token is used; its owner only. */
  clientId: string | number;
  /** Extra request headers. */
  headers?: Array<HttpHeaderInput> | null | undefined;
  /** The HTTP method. */
  method: HttpMethod;
  /** Path and query below the API's listen path, such as `anything?x=1`; it cannot leave the listen path. */
  path: string;
};

export type ChangePasswordInput = {
  /** The password the account has now. */
  currentPassword: string;
  /** The new password, at least 12 characters. */
  newPassword: string;
};

/** A new API (System Management -> APIs -> Create API, then Configure API). */
export type CreateApiInput = {
  /** Whether the gateway serves it. */
  active?: boolean;
  /** Expected `aud`, for example `api://default` for Okta's default authorization server; null or empty skips the check. */
  audience?: string | null | undefined;
  /** `Authentication mode`; `JWT` is the only one. */
  authMode?: AuthMode;
  /** Must be null when creating: a default policy grants the API, so the API must exist first. */
  defaultPolicyId?: string | number | null | undefined;
  /** `Identity source`: claim names tried in order, at most 8; errors have the path `identitySource.<index>`. */
  identitySource?: Array<string>;
  /** Expected `iss`; null or empty skips the check. */
  issuer?: string | null | undefined;
  /** Absolute http(s) URL of the issuer's JWKS (Discover fills it from the issuer). */
  jwksUri: string;
  /** Path prefix on the gateway, for example `/curity-api/`; unique. Slashes are added when missing. */
  listenPath: string;
  /** Name, for example `curity-api`; unique. */
  name: string;
  /** Absolute http(s) URL the gateway forwards to. */
  upstreamUrl: string;
};

/** A new API token. */
export type CreateApiTokenInput = {
  /**
   * The signed-in user's current password; required (a missing or wrong one is a field error on
   * `currentPassword`). A token outlives the session, so the session alone is not enough to make one.
   */
  currentPassword?: string | null | undefined;
  /** Days until the token stops working: 1 to 365, default 90. */
  expiresInDays?: number | null | undefined;
  /** What the token is for (1 to 100 characters), for example `CI catalogue sync`. */
  name: string;
  /**
   * What the token may do. Admins choose ADMIN or READ_ONLY (default READ_ONLY); developers
   * get DEVELOPER (their personal token), the only role they may choose.
   */
  role?: ApiTokenRole | null | undefined;
};

/** An API to publish (Portal Management -> Catalogue -> Add New API), with its Settings tab. */
export type CreateCatalogueEntryInput = {
  /** This API's DCR settings; needed when `overrideGlobalSettings` is true. Errors name fields under `dcr.`. */
  dcr?: DcrSettingsInput | null | undefined;
  /** What the API does, shown to developers. */
  description?: string | null | undefined;
  /** `Override global settings`: use `dcr` instead of the global DCR settings. */
  overrideGlobalSettings?: boolean;
  /** The policy clients of this API get. */
  policyId: string | number;
  /** Public name, for example `Curity Demo API`; unique. */
  publicName: string;
  /** Whether developers see it (show or hide). */
  visible?: boolean;
};

export type CreateOAuthClientInput = {
  /** Catalogue APIs the client is for. */
  catalogueEntryIds: Array<string | number>;
  /** Client name shown at the identity provider. */
  clientName: string;
  /**
   * For integrators: the developer to create the client for, who then owns it and alone sees
   * its secret. Only an ADMIN API token may set it; everyone else leaves it out.
   */
  developerId?: string | number | null | undefined;
  /** A value the browser picks once per wizard run, so a double-clicked Create registers one client. */
  idempotencyKey: string;
  /**
   * Redirect URLs to register, each an absolute URL (https, or http for localhost only), at most 20.
   * A field error's path names the URL, for example `redirectUris.2`.
   */
  redirectUris: Array<string>;
};

/** A new policy (Add Policy, then Create Policy). */
export type CreatePolicyInput = {
  /** Whether the policy is in force. */
  active?: boolean;
  /** APIs the policy grants, selected from System Management -> APIs. */
  apiIds: Array<string | number>;
  /** Key expiry in seconds (60 to 10 years); null for never. */
  keyExpiresInSeconds?: number | null | undefined;
  /** What gateways do with requests under the limits while Redis is unreachable; null or omitted for the gateway's own setting. */
  limitsWhenRedisDown?: LimitsWhenRedisDown | null | undefined;
  /** Name; unique. */
  name: string;
  /** Quota: requests per renewal period; null for unlimited. Set together with `quotaRenewalSeconds`. */
  quotaMax?: number | null | undefined;
  /** Quota renewal period in seconds (60 to 365 days). */
  quotaRenewalSeconds?: number | null | undefined;
  /** Rate-limit period in seconds (1 to 365 days). */
  rateLimitPeriodSeconds?: number | null | undefined;
  /** Rate limit: requests per period; null for unlimited. Set together with `rateLimitPeriodSeconds`. */
  rateLimitRequests?: number | null | undefined;
};

/** Identity provider vendors Gatehouse has registration drivers for (the `Providers` field of the DCR settings). */
export type DcrProvider =
  /** Curity Identity Server: no authentication or a Bearer initial access token. */
  | 'CURITY'
  /** Gluu Server: Bearer token when the server requires one. */
  | 'GLUU'
  /** Keycloak: registration needs an initial access token (Bearer). */
  | 'KEYCLOAK'
  /** Okta: registration needs an API token (sent as `SSWS`). */
  | 'OKTA'
  /** Any other RFC 7591 identity provider, such as the embedded one. */
  | 'OTHER';

/**
 * DCR settings to save. Checked on save: URLs absolute http(s); grant and response types agree
 * (RFC 7591 section 2.1); the provider's needs met (Okta an API token, Keycloak an initial access
 * token); errors name the field, for example `dcr.responseTypes`.
 */
export type DcrSettingsInput = {
  /** True removes the stored token. */
  clearInitialRegistrationAccessToken?: boolean | null | undefined;
  /** `Client Registration Endpoint`: absolute http(s) URL; required when enabled. */
  clientRegistrationEndpoint?: string | null | undefined;
  /** Whether developers can create OAuth clients through these settings. */
  enabled: boolean;
  /** `Grant Types`; at least one when enabled. */
  grantTypes: Array<GrantType>;
  /** `Identity Provider Host`: absolute http(s) URL, usually the issuer. */
  identityProviderHost?: string | null | undefined;
  /** A new `Initial Registration Access Token`. Leave out (or null) to keep the stored one. Stored encrypted, never returned. */
  initialRegistrationAccessToken?: string | null | undefined;
  /** `Providers`. */
  provider: DcrProvider;
  /** `Response Types`. */
  responseTypes: Array<ResponseType>;
  /** `Token Endpoint Auth Method`. */
  tokenEndpointAuthMethod: TokenEndpointAuthMethod;
};

/** Where the DCR settings that apply to a catalogue API come from. */
export type DcrSettingsSource =
  /** The portal's global settings (Portal Management -> Settings). */
  | 'GLOBAL'
  /** The API's own settings (`Override global settings` is ticked). */
  | 'OVERRIDE';

/** The developer to deactivate. */
export type DeactivateDeveloperInput = {
  /** The developer to deactivate. */
  id: string | number;
};

/** The API to delete. */
export type DeleteApiInput = {
  /** The API to delete. */
  id: string | number;
};

/** The catalogue API to delete. */
export type DeleteCatalogueEntryInput = {
  /** The catalogue API to delete. */
  id: string | number;
};

export type DeleteOAuthClientInput = {
  /** The client to delete (OAuthClient.id). */
  id: string | number;
  /**
   * Delete it in the portal only, leaving it registered (and working) at the identity provider;
   * for identity providers that do not support deleting. Admins see it among the IdP cleanups.
   */
  portalOnly?: boolean | null | undefined;
};

/** The policy to delete. */
export type DeletePolicyInput = {
  /** The policy to delete. */
  id: string | number;
};

export type ExchangeAuthorizationCodeInput = {
  /** The authorization code from the redirect (the `code` query parameter). */
  code: string;
  /** The `iss` query parameter of the redirect, when the identity provider sent one (RFC 9207). */
  iss?: string | null | undefined;
  /** The `state` of the authorization request, as returned by startAuthorization and sent back by the identity provider. */
  state: string;
};

export type GetClientCredentialsTokenInput = {
  /** The client (OAuthClient.id); its owner only. */
  clientId: string | number;
  /** Space-separated scopes to ask for; leave empty for the client's default. */
  scope?: string | null | undefined;
};

/** RFC 7591 `grant_types` values a registered client may use (the `Grant Types` field). */
export type GrantType =
  /** `Authorization Code`: the redirect-based flow (with PKCE). */
  | 'authorization_code'
  /** `Client Credentials`: a confidential client acting on its own behalf. */
  | 'client_credentials'
  /** `Implicit`: discouraged by RFC 9700; saving it gives a warning. */
  | 'implicit'
  /** `Refresh Token`: new access tokens without the user. */
  | 'refresh_token';

export type HttpHeaderInput = {
  /** Header name; `Authorization`, `Host` and connection-level headers are set by the portal. */
  name: string;
  /** Header value. */
  value: string;
};

/** Methods the portal sends through the gateway. */
export type HttpMethod =
  | 'DELETE'
  | 'GET'
  | 'HEAD'
  | 'OPTIONS'
  | 'PATCH'
  | 'POST'
  | 'PUT';

/** How an admin resolves an IdP cleanup. */
export type IdpCleanupAction =
  /** Delete the client at the identity provider with the RFC 7592 means the portal holds. */
  | 'DELETE_AT_IDP'
  /** Remove the entry: the admin checked the identity provider. */
  | 'DISMISS';

/** Where a client at an identity provider stands when the portal does not hold it. */
export type IdpCleanupState =
  /** Deleted in the portal only, by choice: it is still registered at the identity provider. */
  | 'LEFT_AT_IDP'
  /** The identity provider registered the client, the portal could not store it nor delete it there. */
  | 'NOT_STORED'
  /** The identity provider did not answer usably; it may have registered the client. */
  | 'OUTCOME_UNKNOWN'
  /** The portal is calling the identity provider; a row that stays in this state is from a crash. */
  | 'REGISTERING';

/** Where a signing key of the embedded identity provider is in its life. */
export type IdpSigningKeyState =
  /** Signs new tokens. */
  | 'CURRENT'
  /** Published in the JWKS, not signing yet, so gateways know it before its first token. */
  | 'NEXT'
  /** No longer signs; published until every token it signed has expired, then removed. */
  | 'RETIRED';

/** Kinds of records that can keep another from being deleted. */
export type InUseKind =
  /** An API (System Management -> APIs). */
  | 'API'
  /** A catalogue API (Portal Management -> Catalogue). */
  | 'CATALOGUE_ENTRY'
  /** A developer's OAuth client. */
  | 'OAUTH_CLIENT'
  /** A policy (System Management -> Policies). */
  | 'POLICY';

/**
 * What gateways do with a request under a policy's rate limit or quota while Redis, where the
 * gateways count limits together, cannot be reached. Requests under a policy without limits are
 * never affected.
 */
export type LimitsWhenRedisDown =
  /** Let requests through, counted in each gateway's own memory: each gateway enforces the limit alone, so N gateways admit up to N times it until Redis is back. */
  | 'ALLOW'
  /** Refuse requests with 503 `temporarily_unavailable` and `Retry-After: 5` until Redis is back: for limits that are a hard contractual or cost ceiling. */
  | 'REFUSE';

/** The developer to reactivate. */
export type ReactivateDeveloperInput = {
  /** The developer to reactivate. */
  id: string | number;
};

export type ResolveIdpCleanupInput = {
  /** DELETE_AT_IDP: delete the client at the identity provider now. DISMISS: an admin removed it there by hand, or it never existed. */
  action: IdpCleanupAction;
  /** The entry (IdpCleanup.id). */
  id: string | number;
};

/** RFC 7591 `response_types` values (the `Response Types` field). */
export type ResponseType =
  /** `Authorization Code`: goes with the `authorization_code` grant type (RFC 7591 section 2.1). */
  | 'code'
  /** `Token`: goes with the `implicit` grant type (RFC 7591 section 2.1). */
  | 'token';

/** The token to revoke. */
export type RevokeApiTokenInput = {
  /** The token's ID. */
  id: string | number;
};

/** Which consent to revoke. */
export type RevokeIdpConsentInput = {
  /** The app's OAuth client ID. */
  clientId: string;
};

/** Whether a user administers the portal or builds against its APIs. */
export type Role =
  /** System and Portal Management. */
  | 'ADMIN'
  /** The developer portal: catalogue and OAuth clients. */
  | 'DEVELOPER';

export type RotateOAuthClientSecretInput = {
  /** The client whose secret to replace (OAuthClient.id). */
  id: string | number;
};

export type SignInInput = {
  /** Email address of the account. */
  email: string;
  /** The account's password. */
  password: string;
};

export type SignUpInput = {
  /** Email address to sign in with; unique. */
  email: string;
  /** Display name. */
  name: string;
  /** Password, at least 12 characters. */
  password: string;
};

export type StartAuthorizationInput = {
  /** The client (OAuthClient.id); its owner only. */
  clientId: string | number;
  /** With PORTAL_CALLBACK: the developer agrees that the portal adds its callback URL to the client's redirect URIs. */
  consentToAddPortalCallback?: boolean | null | undefined;
  /** Where the code goes. */
  redirect: AuthorizationRedirect;
  /** With CLIENT_REDIRECT_URI: which of the client's registered redirect URIs, exactly as registered. */
  redirectUri?: string | null | undefined;
  /** Space-separated scopes to ask for; empty asks for `openid`. */
  scope?: string | null | undefined;
};

/** RFC 7591 `token_endpoint_auth_method` values (the `Token Endpoint Auth Method` field). */
export type TokenEndpointAuthMethod =
  /** `Client Secret - Basic`: the secret in HTTP Basic authentication (RFC 7591's default). */
  | 'client_secret_basic'
  /** `Client Secret - Post`: the secret in the token request body. */
  | 'client_secret_post'
  /** `None`: a public client without a secret. */
  | 'none';

/** Codes of a failed token request: RFC 6749 section 5.2, or what went wrong reaching the endpoint. */
export type TokenRequestErrorCode =
  /** RFC 6749 section 5.2: the identity provider did not accept the client's credentials. */
  | 'INVALID_CLIENT'
  /** RFC 6749 section 5.2: the code or verifier is invalid, expired, used, or for another redirect URI. */
  | 'INVALID_GRANT'
  /** RFC 6749 section 5.2. */
  | 'INVALID_REQUEST'
  /** The token endpoint answered something that is not a token response. */
  | 'INVALID_RESPONSE'
  /** RFC 6749 section 5.2: a requested scope is unknown or not allowed for the client. */
  | 'INVALID_SCOPE'
  /** RFC 8707 section 2: the requested resource (audience) is not allowed. */
  | 'INVALID_TARGET'
  /** The identity provider answered with an error code outside the list above; see `idpError`. */
  | 'OTHER'
  /** The token endpoint did not answer in time. */
  | 'TIMEOUT'
  /** RFC 6749 section 5.2: the client is not registered for this grant type. */
  | 'UNAUTHORIZED_CLIENT'
  /** The token endpoint could not be reached. */
  | 'UNREACHABLE'
  /** RFC 6749 section 5.2: the identity provider does not support this grant type. */
  | 'UNSUPPORTED_GRANT_TYPE';

/** Identity provider products whose access token shapes Gatehouse knows. */
export type TokenVendor =
  /** Auth0: the client in `azp`, or `sub` as `<client_id>@clients`. */
  | 'AUTH0'
  /** Curity Identity Server: the client in `client_id`. */
  | 'CURITY'
  /** Microsoft Entra ID: the client in `azp` (v2.0 tokens) or `appid` (v1.0). */
  | 'ENTRA_ID'
  /** Gluu Server: the client in `client_id`. */
  | 'GLUU'
  /** Keycloak: the client in `azp`. */
  | 'KEYCLOAK'
  /** Okta: the client in `cid`, scopes in `scp`. */
  | 'OKTA'
  /** Any other RFC 9068 identity provider. */
  | 'OTHER';

/** Every field of an existing API, as the edit form saves it. */
export type UpdateApiInput = {
  /** Whether the gateway serves it. */
  active: boolean;
  /** Expected `aud`, for example `api://default` for Okta's default authorization server; null or empty skips the check. */
  audience?: string | null | undefined;
  /** `Authentication mode`. */
  authMode?: AuthMode;
  /** `Default Policy`: a policy that grants this API, or null. */
  defaultPolicyId?: string | number | null | undefined;
  /** The API to change. */
  id: string | number;
  /** `Identity source`: claim names tried in order, at most 8; errors have the path `identitySource.<index>`. */
  identitySource?: Array<string>;
  /** Expected `iss`; null or empty skips the check. */
  issuer?: string | null | undefined;
  /** Absolute http(s) URL of the issuer's JWKS. */
  jwksUri: string;
  /** Path prefix on the gateway; unique. */
  listenPath: string;
  /** Name; unique. */
  name: string;
  /** Absolute http(s) URL the gateway forwards to. */
  upstreamUrl: string;
};

/** Every field of a catalogue API, as the edit form saves it. */
export type UpdateCatalogueEntryInput = {
  /** This API's DCR settings; leave out to keep the stored override as it is. */
  dcr?: DcrSettingsInput | null | undefined;
  /** What the API does, shown to developers. */
  description?: string | null | undefined;
  /** The catalogue API to change. */
  id: string | number;
  /** `Override global settings`. */
  overrideGlobalSettings: boolean;
  /** The policy clients of this API get. */
  policyId: string | number;
  /** Public name; unique. */
  publicName: string;
  /** Whether developers see it (show or hide). */
  visible: boolean;
};

export type UpdateOAuthClientInput = {
  /** New client name. */
  clientName: string;
  /** The client to change (OAuthClient.id). */
  id: string | number;
  /**
   * Redirect URLs, which replace the registered ones; each an absolute URL (https, or http for
   * localhost only), at most 20. A field error's path names the URL, for example `redirectUris.2`.
   */
  redirectUris: Array<string>;
};

/** Every field of an existing policy, as the edit form saves it. */
export type UpdatePolicyInput = {
  /** Whether the policy is in force. */
  active: boolean;
  /** APIs the policy grants; must include every API whose Default Policy it is. */
  apiIds: Array<string | number>;
  /** The policy to change. */
  id: string | number;
  /** Key expiry in seconds; null for never. */
  keyExpiresInSeconds?: number | null | undefined;
  /** What gateways do with requests under the limits while Redis is unreachable; null for the gateway's own setting, omitted to keep the current choice. */
  limitsWhenRedisDown?: LimitsWhenRedisDown | null | undefined;
  /** Name; unique. */
  name: string;
  /** Quota: requests per renewal period; null for unlimited. */
  quotaMax?: number | null | undefined;
  /** Quota renewal period in seconds. */
  quotaRenewalSeconds?: number | null | undefined;
  /** Rate-limit period in seconds. */
  rateLimitPeriodSeconds?: number | null | undefined;
  /** Rate limit: requests per period; null for unlimited. */
  rateLimitRequests?: number | null | undefined;
};

/** Portal Management -> Settings, as the form saves it. */
export type UpdatePortalSettingsInput = {
  /** The global DCR settings; errors name fields under `dcr.`. */
  dcr: DcrSettingsInput;
  /** One of `;`, `,`, `|` or a space. */
  redirectUriSeparator: string;
  /** Whether developers may sign up themselves. */
  signupEnabled: boolean;
};

/**
 * Width of one point of a usage series. Buckets are aligned to UTC. `LAST_HOUR` allows `MINUTE`,
 * `FIVE_MINUTES` and `FIFTEEN_MINUTES`; `LAST_24_HOURS` allows `FIVE_MINUTES`, `FIFTEEN_MINUTES` and
 * `HOUR`; `LAST_7_DAYS` allows `HOUR`, `SIX_HOURS` and `DAY` (minute figures are kept for 48 hours,
 * then summed per hour).
 */
export type UsageBucketSize =
  /** One day (UTC). */
  | 'DAY'
  /** Fifteen minutes. */
  | 'FIFTEEN_MINUTES'
  /** Five minutes. */
  | 'FIVE_MINUTES'
  /** One hour. */
  | 'HOUR'
  /** One minute. */
  | 'MINUTE'
  /** Six hours. */
  | 'SIX_HOURS';

/** How far back usage over time reaches, ending now. */
export type UsageRange =
  /** The last 7 days. */
  | 'LAST_7_DAYS'
  /** The last 24 hours. */
  | 'LAST_24_HOURS'
  /** The last 60 minutes. */
  | 'LAST_HOUR';

export type CurrentUserQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentUserQuery = { me: { __typename: 'User', id: string, name: string, email: string, role: Role } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn:
    | { __typename: 'InvalidCredentialsError', message: string }
    | { __typename: 'SignInSuccess', user: { __typename: 'User', id: string, name: string, email: string, role: Role } }
    | { __typename: 'SignInThrottledError', message: string }
    | (
      { __typename: 'ValidationError' }
      & { ' $fragmentRefs'?: { 'FieldErrors_ValidationErrorFragment': FieldErrors_ValidationErrorFragment } }
    )
   };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: { __typename: 'SignOutPayload', signedOut: boolean } };

export type SignUpEnabledQueryVariables = Exact<{ [key: string]: never; }>;


export type SignUpEnabledQuery = { signUpEnabled: boolean };

export type UsagePanel_UsageFragment = { __typename: 'UsageOverTime', range: UsageRange, bucket: UsageBucketSize, from: string, to: string, collectedAt: string | null, upToDate: boolean, points: Array<{ __typename: 'UsagePoint', start: string, requests: number, status2xx: number, status3xx: number, status4xx: number, status5xx: number, statusOther: number, averageLatencyMs: number | null }>, total: { __typename: 'UsagePoint', start: string, requests: number, status2xx: number, status3xx: number, status4xx: number, status5xx: number, statusOther: number, averageLatencyMs: number | null } } & { ' $fragmentName'?: 'UsagePanel_UsageFragment' };

export type ClientUsagePanelQueryVariables = Exact<{
  id: string | number;
  range: UsageRange;
}>;


export type ClientUsagePanelQuery = { oauthClient: { __typename: 'OAuthClient', id: string, usageOverTime:
      | (
        { __typename: 'UsageOverTime' }
        & { ' $fragmentRefs'?: { 'UsagePanel_UsageFragment': UsagePanel_UsageFragment } }
      )
      | { __typename: 'ValidationError', message: string }
     } | null };

export type ApiUsagePanelQueryVariables = Exact<{
  id: string | number;
  range: UsageRange;
}>;


export type ApiUsagePanelQuery = { api: { __typename: 'Api', id: string, usageOverTime:
      | (
        { __typename: 'UsageOverTime' }
        & { ' $fragmentRefs'?: { 'UsagePanel_UsageFragment': UsagePanel_UsageFragment } }
      )
      | { __typename: 'ValidationError', message: string }
     } };

export type FieldErrors_ValidationErrorFragment = { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> } & { ' $fragmentName'?: 'FieldErrors_ValidationErrorFragment' };

export type ApiEditor_ApiFragment = { __typename: 'Api', id: string, name: string, listenPath: string, upstreamUrl: string, jwksUri: string, identitySource: Array<string>, issuer: string | null, audience: string | null, active: boolean, gatewayUrl: string, defaultPolicy: { __typename: 'Policy', id: string, name: string } | null, grantedBy: Array<{ __typename: 'Policy', id: string, name: string }> } & { ' $fragmentName'?: 'ApiEditor_ApiFragment' };

export type ApiRouteQueryVariables = Exact<{
  id: string | number;
}>;


export type ApiRouteQuery = { api: (
    { __typename: 'Api', id: string, name: string }
    & { ' $fragmentRefs'?: { 'ApiEditor_ApiFragment': ApiEditor_ApiFragment } }
  ) };

export type ApiRow_ApiFragment = { __typename: 'Api', id: string, name: string, listenPath: string, upstreamUrl: string, jwksUri: string, active: boolean, gatewayUrl: string, defaultPolicy: { __typename: 'Policy', id: string, name: string } | null } & { ' $fragmentName'?: 'ApiRow_ApiFragment' };

export type ApisRouteQueryVariables = Exact<{
  first: number;
}>;


export type ApisRouteQuery = { apis: { __typename: 'ApiConnection', edges: Array<{ __typename: 'ApiEdge', node: (
        { __typename: 'Api', id: string }
        & { ' $fragmentRefs'?: { 'ApiRow_ApiFragment': ApiRow_ApiFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean } } };

export type NewApiRouteQueryVariables = Exact<{ [key: string]: never; }>;


export type NewApiRouteQuery = { portalSettings: { __typename: 'PortalSettings', dcr: { __typename: 'DcrSettings', enabled: boolean, provider: DcrProvider } } };

export type CreateApiMutationVariables = Exact<{
  input: CreateApiInput;
}>;


export type CreateApiMutation = { createApi:
    | { __typename: 'CreateApiSuccess', api: { __typename: 'Api', id: string, name: string } }
    | (
      { __typename: 'ValidationError' }
      & { ' $fragmentRefs'?: { 'FieldErrors_ValidationErrorFragment': FieldErrors_ValidationErrorFragment } }
    )
   };

export type UpdateApiMutationVariables = Exact<{
  input: UpdateApiInput;
}>;


export type UpdateApiMutation = { updateApi:
    | { __typename: 'UpdateApiSuccess', api: (
        { __typename: 'Api', id: string }
        & { ' $fragmentRefs'?: { 'ApiEditor_ApiFragment': ApiEditor_ApiFragment } }
      ) }
    | (
      { __typename: 'ValidationError' }
      & { ' $fragmentRefs'?: { 'FieldErrors_ValidationErrorFragment': FieldErrors_ValidationErrorFragment } }
    )
   };

export type DeleteApiMutationVariables = Exact<{
  input: DeleteApiInput;
}>;


export type DeleteApiMutation = { deleteApi:
    | { __typename: 'DeleteApiSuccess', deletedId: string }
    | { __typename: 'InUseError', message: string, usedBy: Array<{ __typename: 'InUseReference', kind: InUseKind, id: string, name: string }> }
   };

export type AuditLogQueryVariables = Exact<{
  first: number;
}>;


export type AuditLogQuery = { auditEvents: { __typename: 'AuditEventConnection', edges: Array<{ __typename: 'AuditEventEdge', node: { __typename: 'AuditEvent', id: string, action: string, targetType: string, targetId: string | null, details: string, createdAt: string, actor: { __typename: 'User', id: string, name: string, email: string } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean } } };

export type CatalogueEntryEditor_EntryFragment = { __typename: 'CatalogueEntry', id: string, publicName: string, description: string, visible: boolean, overrideGlobalSettings: boolean, policy: { __typename: 'PolicySummary', id: string, name: string }, dcrOverride: { __typename: 'DcrSettings', enabled: boolean, provider: DcrProvider, grantTypes: Array<GrantType>, tokenEndpointAuthMethod: TokenEndpointAuthMethod, responseTypes: Array<ResponseType>, identityProviderHost: string | null, clientRegistrationEndpoint: string | null, initialRegistrationAccessTokenSet: boolean } | null, effectiveDcr: { __typename: 'EffectiveDcrSettings', source: DcrSettingsSource } } & { ' $fragmentName'?: 'CatalogueEntryEditor_EntryFragment' };

export type CatalogueEntryRouteQueryVariables = Exact<{
  id: string | number;
}>;


export type CatalogueEntryRouteQuery = { catalogueEntry: (
    { __typename: 'CatalogueEntry', id: string, publicName: string }
    & { ' $fragmentRefs'?: { 'CatalogueEntryEditor_EntryFragment': CatalogueEntryEditor_EntryFragment } }
  ) };

export type CatalogueFormChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueFormChoicesQuery = { policies: { __typename: 'PolicyConnection', edges: Array<{ __typename: 'PolicyEdge', node: { __typename: 'Policy', id: string, name: string } }> }, portalSettings: { __typename: 'PortalSettings', dcr: { __typename: 'DcrSettings', enabled: boolean, provider: DcrProvider, clientRegistrationEndpoint: string | null } } };

export type CreateCatalogueEntryMutationVariables = Exact<{
  input: CreateCatalogueEntryInput;
}>;


export type CreateCatalogueEntryMutation = { createCatalogueEntry:
    | { __typename: 'CreateCatalogueEntrySuccess', entry: { __typename: 'CatalogueEntry', id: string, publicName: string } }
    | (
      { __typename: 'ValidationError' }
      & { ' $fragmentRefs'?: { 'FieldErrors_ValidationErrorFragment': FieldErrors_ValidationErrorFragment } }
    )
   };

export type UpdateCatalogueEntryMutationVariables = Exact<{
  input: UpdateCatalogueEntryInput;
}>;


export type UpdateCatalogueEntryMutation = { updateCatalogueEntry:
    | { __typename: 'UpdateCatalogueEntrySuccess', entry: (
        { __typename: 'CatalogueEntry', id: string }
        & { ' $fragmentRefs'?: { 'CatalogueEntryEditor_EntryFragment': CatalogueEntryEditor_EntryFragment } }
      ) }
    | (
      { __typename: 'ValidationError' }
      & { ' $fragmentRefs'?: { 'FieldErrors_ValidationErrorFragment': FieldErrors_ValidationErrorFragment } }
    )
   };

export type DeleteCatalogueEntryMutationVariables = Exact<{
  input: DeleteCatalogueEntryInput;
}>;


export type DeleteCatalogueEntryMutation = { deleteCatalogueEntry:
    | { __typename: 'DeleteCatalogueEntrySuccess', deletedId: string }
    | { __typename: 'InUseError', message: string, usedBy: Array<{ __typename: 'InUseReference', kind: InUseKind, id: string, name: string }> }
   };

export type AdminCatalogueQueryVariables = Exact<{
  first: number;
}>;


export type AdminCatalogueQuery = { catalogueEntries: { __typename: 'CatalogueEntryConnection', edges: Array<{ __typename: 'CatalogueEntryEdge', node: { __typename: 'CatalogueEntry', id: string, publicName: string, visible: boolean, dcrEnabled: boolean, policy: { __typename: 'PolicySummary', id: string, name: string }, effectiveDcr: { __typename: 'EffectiveDcrSettings', source: DcrSettingsSource, settings: { __typename: 'DcrSettings', enabled: boolean, provider: DcrProvider } } } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean } } };

export type AdminClientRow_ClientFragment = { __typename: 'OAuthClient', id: string, clientName: string, clientId: string, provider: string, createdAt: string, owner: { __typename: 'User', id: string, name: string, email: string }, apis: Array<{ __typename: 'CatalogueEntry', id: string, publicName: string }> } & { ' $fragmentName'?: 'AdminClientRow_ClientFragment' };

export type AdminClientRouteQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminClientRouteQuery = { oauthClient: (
    { __typename: 'OAuthClient', id: string, clientName: string, owner: { __typename: 'User', id: string, name: string, email: string }, management: { __typename: 'ClientManagement', canDeleteAtIdp: boolean, limitation: string | null } }
    & { ' $fragmentRefs'?: { 'ClientDetails_ClientFragment': ClientDetails_ClientFragment } }
  ) | null };

export type AdminClientsRouteQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type AdminClientsRouteQuery = { oauthClients: { __typename: 'OAuthClientConnection', edges: Array<{ __typename: 'OAuthClientEdge', cursor: string, node: (
        { __typename: 'OAuthClient', id: string }
        & { ' $fragmentRefs'?: { 'AdminClientRow_ClientFragment': AdminClientRow_ClientFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type DiscoverIdentityProviderQueryVariables = Exact<{
  url: string;
}>;


export type DiscoverIdentityProviderQuery = { discoverIdentityProvider:
    | { __typename: 'DiscoveryFailedError', message: string }
    | { __typename: 'IdentityProviderDiscovery', discoveryUrl: string, issuer: string, jwksUri: string | null, registrationEndpoint: string | null, tokenEndpoint: string | null, authorizationEndpoint: string | null, grantTypesSupported: Array<string>, responseTypesSupported: Array<string>, tokenEndpointAuthMethodsSupported: Array<string>, claimsSupported: Array<string>, tokenVendor: TokenVendor | null, suggestedIdentitySource: Array<string> | null, suggestedAudience: string | null, warnings: Array<string> }
    | (
      { __typename: 'ValidationError' }
      & { ' $fragmentRefs'?: { 'FieldErrors_ValidationErrorFragment': FieldErrors_ValidationErrorFragment } }
    )
   };

export type DeveloperRouteQueryVariables = Exact<{
  id: string | number;
}>;


export type DeveloperRouteQuery = { developer: { __typename: 'Developer', id: string, name: string, email: string, active: boolean, createdAt: string, clientCount: number, clients: { __typename: 'DeveloperClientConnection', edges: Array<{ __typename: 'DeveloperClientEdge', node: { __typename: 'DeveloperClient', id: string, clientId: string, clientName: string, apis: Array<string>, createdAt: string } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean } } } };

export type DeactivateDeveloperMutationVariables = Exact<{
  input: DeactivateDeveloperInput;
}>;


export type DeactivateDeveloperMutation = { deactivateDeveloper: { __typename: 'DeactivateDeveloperPayload', developer: { __typename: 'Developer', id: string, active: boolean } } };

export type ReactivateDeveloperMutationVariables = Exact<{
  input: ReactivateDeveloperInput;
}>;


export type ReactivateDeveloperMutation = { reactivateDeveloper: { __typename: 'ReactivateDeveloperPayload', developer: { __typename: 'Developer', id: string, active: boolean } } };

export type DevelopersRouteQueryVariables = Exact<{
  first: number;
}>;


export type DevelopersRouteQuery = { developers: { __typename: 'DeveloperConnection', edges: Array<{ __typename: 'DeveloperEdge', node: { __typename: 'Developer', id: string, name: string, email: string, active: boolean, clientCount: number, createdAt: string } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean } } };

export type AddDeveloperMutationVariables = Exact<{
  input: AddDeveloperInput;
}>;


export type AddDeveloperMutation = { addDeveloper:
    | { __typename: 'AddDeveloperSuccess', developer: { __typename: 'Developer', id: string, name: string, email: string } }
    | (
      { __typename: 'ValidationError' }
      & { ' $fragmentRefs'?: { 'FieldErrors_ValidationErrorFragment': FieldErrors_ValidationErrorFragment } }
    )
   };

export type IdpCleanupRouteQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type IdpCleanupRouteQuery = { idpCleanups: { __typename: 'IdpCleanupConnection', edges: Array<{ __typename: 'IdpCleanupEdge', cursor: string, node: (
        { __typename: 'IdpCleanup', id: string }
        & { ' $fragmentRefs'?: { 'IdpCleanupRow_CleanupFragment': IdpCleanupRow_CleanupFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type IdpCleanupRow_CleanupFragment = { __typename: 'IdpCleanup', id: string, state: IdpCleanupState, provider: string, registrationEndpoint: string, clientName: string, clientId: string | null, canDeleteAtIdp: boolean, problem: string | null, createdAt: string, developer: { __typename: 'User', id: string, name: string, email: string } | null } & { ' $fragmentName'?: 'IdpCleanupRow_CleanupFragment' };

export type ResolveIdpCleanupMutationVariables = Exact<{
  input: ResolveIdpCleanupInput;
}>;


export type ResolveIdpCleanupMutation = { resolveIdpCleanup:
    | { __typename: 'IdpOperationUnsupportedError', message: string }
    | { __typename: 'IdpRegistrationError', error: string, message: string }
    | { __typename: 'ResolveIdpCleanupSuccess', resolvedId: string }
   };

export type IdpSigningKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type IdpSigningKeysQuery = { idpSigningKeys: Array<{ __typename: 'IdpSigningKey', kid: string, state: IdpSigningKeyState, removeAfter: string | null }> | null };

export type RotateIdpSigningKeysMutationVariables = Exact<{ [key: string]: never; }>;


export type RotateIdpSigningKeysMutation = { rotateIdpSigningKeys: { __typename: 'RotateIdpSigningKeysPayload', signingKid: string } };

export type PoliciesRouteQueryVariables = Exact<{
  first: number;
}>;


export type PoliciesRouteQuery = { policies: { __typename: 'PolicyConnection', edges: Array<{ __typename: 'PolicyEdge', node: { __typename: 'Policy', id: string, name: string, rateLimitRequests: number | null, rateLimitPeriodSeconds: number | null, quotaMax: number | null, quotaRenewalSeconds: number | null, keyExpiresInSeconds: number | null, active: boolean, apis: Array<{ __typename: 'Api', id: string, name: string }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean } } };

export type PolicyEditor_PolicyFragment = { __typename: 'Policy', id: string, name: string, rateLimitRequests: number | null, rateLimitPeriodSeconds: number | null, quotaMax: number | null, quotaRenewalSeconds: number | null, keyExpiresInSeconds: number | null, limitsWhenRedisDown: LimitsWhenRedisDown | null, active: boolean, apis: Array<{ __typename: 'Api', id: string, name: string }>, defaultForApis: Array<{ __typename: 'Api', id: string, name: string }>, catalogueEntries: Array<{ __typename: 'CatalogueEntry', id: string, publicName: string }> } & { ' $fragmentName'?: 'PolicyEditor_PolicyFragment' };

export type PolicyRouteQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyRouteQuery = { policy: (
    { __typename: 'Policy', id: string, name: string }
    & { ' $fragmentRefs'?: { 'PolicyEditor_PolicyFragment': PolicyEditor_PolicyFragment } }
  ) };

export type CreatePolicyMutationVariables = Exact<{
  input: CreatePolicyInput;
}>;


export type CreatePolicyMutation = { createPolicy:
    | { __typename: 'CreatePolicySuccess', policy: { __typename: 'Policy', id: string, name: string } }
    | (
      { __typename: 'ValidationError' }
      & { ' $fragmentRefs'?: { 'FieldErrors_ValidationErrorFragment': FieldErrors_ValidationErrorFragment } }
    )
   };

export type UpdatePolicyMutationVariables = Exact<{
  input: UpdatePolicyInput;
}>;


export type UpdatePolicyMutation = { updatePolicy:
    | { __typename: 'UpdatePolicySuccess', policy: (
        { __typename: 'Policy', id: string }
        & { ' $fragmentRefs'?: { 'PolicyEditor_PolicyFragment': PolicyEditor_PolicyFragment } }
      ) }
    | (
      { __typename: 'ValidationError' }
      & { ' $fragmentRefs'?: { 'FieldErrors_ValidationErrorFragment': FieldErrors_ValidationErrorFragment } }
    )
   };

export type DeletePolicyMutationVariables = Exact<{
  input: DeletePolicyInput;
}>;


export type DeletePolicyMutation = { deletePolicy:
    | { __typename: 'DeletePolicySuccess', deletedId: string }
    | { __typename: 'InUseError', message: string, usedBy: Array<{ __typename: 'InUseReference', kind: InUseKind, id: string, name: string }> }
   };

export type PolicyApiChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyApiChoicesQuery = { apis: { __typename: 'ApiConnection', edges: Array<{ __typename: 'ApiEdge', node: { __typename: 'Api', id: string, name: string, listenPath: string } }> } };

export type PortalSettingsForm_SettingsFragment = { __typename: 'PortalSettings', redirectUriSeparator: string, signupEnabled: boolean, dcr: { __typename: 'DcrSettings', enabled: boolean, provider: DcrProvider, grantTypes: Array<GrantType>, tokenEndpointAuthMethod: TokenEndpointAuthMethod, responseTypes: Array<ResponseType>, identityProviderHost: string | null, clientRegistrationEndpoint: string | null, initialRegistrationAccessTokenSet: boolean } } & { ' $fragmentName'?: 'PortalSettingsForm_SettingsFragment' };

export type UpdatePortalSettingsMutationVariables = Exact<{
  input: UpdatePortalSettingsInput;
}>;


export type UpdatePortalSettingsMutation = { updatePortalSettings:
    | { __typename: 'UpdatePortalSettingsSuccess', settings: (
        { __typename: 'PortalSettings' }
        & { ' $fragmentRefs'?: { 'PortalSettingsForm_SettingsFragment': PortalSettingsForm_SettingsFragment } }
      ) }
    | (
      { __typename: 'ValidationError' }
      & { ' $fragmentRefs'?: { 'FieldErrors_ValidationErrorFragment': FieldErrors_ValidationErrorFragment } }
    )
   };

export type PortalSettingsRouteQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalSettingsRouteQuery = { portalSettings: (
    { __typename: 'PortalSettings', updatedAt: string }
    & { ' $fragmentRefs'?: { 'PortalSettingsForm_SettingsFragment': PortalSettingsForm_SettingsFragment } }
  ) };

export type ApiTokensQueryVariables = Exact<{
  first: number;
}>;


export type ApiTokensQuery = { apiTokens: { __typename: 'ApiTokenConnection', edges: Array<{ __typename: 'ApiTokenEdge', node: (
        { __typename: 'ApiToken', id: string }
        & { ' $fragmentRefs'?: { 'ApiTokenRow_ApiTokenFragment': ApiTokenRow_ApiTokenFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean } } };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken:
    | { __typename: 'CreateApiTokenSuccess', value: string, apiToken: (
        { __typename: 'ApiToken', id: string, name: string }
        & { ' $fragmentRefs'?: { 'ApiTokenRow_ApiTokenFragment': ApiTokenRow_ApiTokenFragment } }
      ) }
    | (
      { __typename: 'ValidationError' }
      & { ' $fragmentRefs'?: { 'FieldErrors_ValidationErrorFragment': FieldErrors_ValidationErrorFragment } }
    )
   };

export type RevokeApiTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { __typename: 'RevokeApiTokenPayload', apiToken: (
      { __typename: 'ApiToken' }
      & { ' $fragmentRefs'?: { 'ApiTokenRow_ApiTokenFragment': ApiTokenRow_ApiTokenFragment } }
    ) } };

export type ApiTokenRow_ApiTokenFragment = { __typename: 'ApiToken', id: string, name: string, role: ApiTokenRole, prefix: string, lastFour: string, createdAt: string, expiresAt: string, lastUsedAt: string | null, revokedAt: string | null, status: ApiTokenStatus, createdBy: { __typename: 'User', id: string, name: string, email: string } } & { ' $fragmentName'?: 'ApiTokenRow_ApiTokenFragment' };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword:
    | { __typename: 'ChangePasswordSuccess', endedSessions: number, revokedApiTokens: number }
    | (
      { __typename: 'ValidationError' }
      & { ' $fragmentRefs'?: { 'FieldErrors_ValidationErrorFragment': FieldErrors_ValidationErrorFragment } }
    )
   };

export type MyIdpConsentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyIdpConsentsQuery = { myIdpConsents: Array<{ __typename: 'IdpConsent', clientId: string, clientName: string | null, scopes: Array<string>, grantedAt: string }> | null };

export type RevokeIdpConsentMutationVariables = Exact<{
  input: RevokeIdpConsentInput;
}>;


export type RevokeIdpConsentMutation = { revokeIdpConsent: { __typename: 'RevokeIdpConsentPayload', clientId: string } };

export type CatalogueCard_EntryFragment = { __typename: 'CatalogueEntry', id: string, publicName: string, description: string, dcrEnabled: boolean, policy: { __typename: 'PolicySummary', id: string, name: string, rateLimitRequests: number | null, rateLimitPeriodSeconds: number | null, quotaMax: number | null, quotaRenewalSeconds: number | null, keyExpiresInSeconds: number | null } } & { ' $fragmentName'?: 'CatalogueCard_EntryFragment' };

export type CatalogueRouteQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type CatalogueRouteQuery = { publishedApis: { __typename: 'CatalogueEntryConnection', edges: Array<{ __typename: 'CatalogueEntryEdge', cursor: string, node: (
        { __typename: 'CatalogueEntry', id: string }
        & { ' $fragmentRefs'?: { 'CatalogueCard_EntryFragment': CatalogueCard_EntryFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type ClientRow_ClientFragment = { __typename: 'OAuthClient', id: string, clientName: string, clientId: string, createdAt: string, apis: Array<{ __typename: 'CatalogueEntry', id: string, publicName: string }> } & { ' $fragmentName'?: 'ClientRow_ClientFragment' };

export type ClientsRouteQueryVariables = Exact<{
  first: number;
}>;


export type ClientsRouteQuery = { myOAuthClients: { __typename: 'OAuthClientConnection', edges: Array<{ __typename: 'OAuthClientEdge', node: (
        { __typename: 'OAuthClient', id: string }
        & { ' $fragmentRefs'?: { 'ClientRow_ClientFragment': ClientRow_ClientFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean } } };

export type ClientDetailsRouteQueryVariables = Exact<{
  id: string | number;
}>;


export type ClientDetailsRouteQuery = { redirectUriSeparator: string, oauthClient: (
    { __typename: 'OAuthClient', id: string, clientName: string, idpDifferences: Array<{ __typename: 'IdpDifference', field: string }> }
    & { ' $fragmentRefs'?: { 'ClientDetails_ClientFragment': ClientDetails_ClientFragment;'ManageClient_ClientFragment': ManageClient_ClientFragment;'TryIt_ClientFragment': TryIt_ClientFragment } }
  ) | null };

export type ClientDetails_ClientFragment = { __typename: 'OAuthClient', id: string, clientId: string, clientSecret: string | null, clientSecretExpiresAt: string | null, clientSecretExpired: boolean, clientName: string, redirectUris: Array<string>, grantTypes: Array<string>, responseTypes: Array<string>, tokenEndpointAuthMethod: string, tokenEndpoint: string | null, provider: string, managedAtIdp: boolean, createdAt: string, idpDifferences: Array<{ __typename: 'IdpDifference', field: string, message: string }>, apis: Array<{ __typename: 'CatalogueEntry', id: string, publicName: string, policy: { __typename: 'PolicySummary', id: string, name: string, rateLimitRequests: number | null, rateLimitPeriodSeconds: number | null, quotaMax: number | null, quotaRenewalSeconds: number | null, keyExpiresInSeconds: number | null } }> } & { ' $fragmentName'?: 'ClientDetails_ClientFragment' };

export type DeleteOAuthClientMutationVariables = Exact<{
  input: DeleteOAuthClientInput;
}>;


export type DeleteOAuthClientMutation = { deleteOAuthClient:
    | { __typename: 'DeleteOAuthClientSuccess', deletedId: string, deletedAtIdp: boolean }
    | { __typename: 'IdpOperationUnsupportedError', message: string }
    | { __typename: 'IdpRegistrationError', error: string, message: string }
   };

export type UpdateOAuthClientMutationVariables = Exact<{
  input: UpdateOAuthClientInput;
}>;


export type UpdateOAuthClientMutation = { updateOAuthClient:
    | { __typename: 'IdpOperationUnsupportedError', message: string }
    | { __typename: 'IdpRegistrationError', error: string, message: string, path: string | null }
    | { __typename: 'UpdateOAuthClientSuccess', secretChanged: boolean, client: (
        { __typename: 'OAuthClient', id: string, clientName: string }
        & { ' $fragmentRefs'?: { 'ClientDetails_ClientFragment': ClientDetails_ClientFragment;'ManageClient_ClientFragment': ManageClient_ClientFragment } }
      ) }
    | (
      { __typename: 'ValidationError' }
      & { ' $fragmentRefs'?: { 'FieldErrors_ValidationErrorFragment': FieldErrors_ValidationErrorFragment } }
    )
   };

export type ManageClient_ClientFragment = { __typename: 'OAuthClient', id: string, clientName: string, redirectUris: Array<string>, clientSecret: string | null, management: { __typename: 'ClientManagement', canUpdate: boolean, canRotateSecret: boolean, canDeleteAtIdp: boolean, updateRotatesSecret: boolean, limitation: string | null } } & { ' $fragmentName'?: 'ManageClient_ClientFragment' };

export type RotateOAuthClientSecretMutationVariables = Exact<{
  input: RotateOAuthClientSecretInput;
}>;


export type RotateOAuthClientSecretMutation = { rotateOAuthClientSecret:
    | { __typename: 'IdpOperationUnsupportedError', message: string }
    | { __typename: 'IdpRegistrationError', error: string, message: string }
    | { __typename: 'RotateOAuthClientSecretSuccess', client: (
        { __typename: 'OAuthClient', id: string }
        & { ' $fragmentRefs'?: { 'ClientDetails_ClientFragment': ClientDetails_ClientFragment;'ManageClient_ClientFragment': ManageClient_ClientFragment } }
      ) }
   };

export type CreateClientRouteQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  preselectedId: string | number;
  withPreselected: boolean;
}>;


export type CreateClientRouteQuery = { redirectUriSeparator: string, publishedApis: { __typename: 'CatalogueEntryConnection', edges: Array<{ __typename: 'CatalogueEntryEdge', cursor: string, node: (
        { __typename: 'CatalogueEntry', id: string }
        & { ' $fragmentRefs'?: { 'SelectApisStep_EntryFragment': SelectApisStep_EntryFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, preselectedApi?: (
    { __typename: 'CatalogueEntry', id: string }
    & { ' $fragmentRefs'?: { 'SelectApisStep_EntryFragment': SelectApisStep_EntryFragment } }
  ) | null };

export type CreateOAuthClientMutationVariables = Exact<{
  input: CreateOAuthClientInput;
}>;


export type CreateOAuthClientMutation = { createOAuthClient:
    | { __typename: 'CreateOAuthClientSuccess', client: (
        { __typename: 'OAuthClient', id: string }
        & { ' $fragmentRefs'?: { 'ClientDetails_ClientFragment': ClientDetails_ClientFragment } }
      ) }
    | { __typename: 'IdpRegistrationError', error: string, message: string, path: string | null }
    | (
      { __typename: 'ValidationError' }
      & { ' $fragmentRefs'?: { 'FieldErrors_ValidationErrorFragment': FieldErrors_ValidationErrorFragment } }
    )
   };

export type SelectApisStep_EntryFragment = { __typename: 'CatalogueEntry', id: string, publicName: string, description: string, dcrEnabled: boolean } & { ' $fragmentName'?: 'SelectApisStep_EntryFragment' };

export type StartAuthorizationMutationVariables = Exact<{
  input: StartAuthorizationInput;
}>;


export type StartAuthorizationMutation = { startAuthorization:
    | { __typename: 'AuthorizationStarted', authorizationUrl: string, state: string, redirectUri: string, portalCallbackAdded: boolean, expiresAt: string }
    | { __typename: 'IdpOperationUnsupportedError', message: string }
    | { __typename: 'IdpRegistrationError', error: string, message: string }
    | { __typename: 'TokenGrantUnavailableError', message: string }
    | (
      { __typename: 'ValidationError' }
      & { ' $fragmentRefs'?: { 'FieldErrors_ValidationErrorFragment': FieldErrors_ValidationErrorFragment } }
    )
   };

export type CallApiMutationVariables = Exact<{
  input: CallApiInput;
}>;


export type CallApiMutation = { callApi:
    | { __typename: 'ApiCallFailedError', reason: ApiCallFailureReason, message: string, timeMs: number }
    | { __typename: 'ApiCallResponse', url: string, status: number, body: string, bodyBytes: number, bodyTruncated: boolean, bodyLimitBytes: number, timeMs: number, refusal: string | null, headers: Array<{ __typename: 'HttpHeader', name: string, value: string }> }
    | (
      { __typename: 'ValidationError' }
      & { ' $fragmentRefs'?: { 'FieldErrors_ValidationErrorFragment': FieldErrors_ValidationErrorFragment } }
    )
   };

export type GetClientCredentialsTokenMutationVariables = Exact<{
  input: GetClientCredentialsTokenInput;
}>;


export type GetClientCredentialsTokenMutation = { getClientCredentialsToken:
    | (
      { __typename: 'AccessTokenResult' }
      & { ' $fragmentRefs'?: { 'TokenResult_TokenFragment': TokenResult_TokenFragment } }
    )
    | { __typename: 'TokenGrantUnavailableError', message: string }
    | { __typename: 'TokenRequestError', code: TokenRequestErrorCode, message: string }
    | (
      { __typename: 'ValidationError' }
      & { ' $fragmentRefs'?: { 'FieldErrors_ValidationErrorFragment': FieldErrors_ValidationErrorFragment } }
    )
   };

export type ExchangeAuthorizationCodeMutationVariables = Exact<{
  input: ExchangeAuthorizationCodeInput;
}>;


export type ExchangeAuthorizationCodeMutation = { exchangeAuthorizationCode:
    | (
      { __typename: 'AccessTokenResult', clientId: string }
      & { ' $fragmentRefs'?: { 'TokenResult_TokenFragment': TokenResult_TokenFragment } }
    )
    | { __typename: 'AuthorizationRequestExpiredError', message: string }
    | { __typename: 'TokenRequestError', code: TokenRequestErrorCode, message: string }
    | (
      { __typename: 'ValidationError' }
      & { ' $fragmentRefs'?: { 'FieldErrors_ValidationErrorFragment': FieldErrors_ValidationErrorFragment } }
    )
   };

export type TokenResult_TokenFragment = { __typename: 'AccessTokenResult', clientId: string, grantType: string, accessToken: string, tokenType: string, scope: string | null, expiresIn: number | null, expiresAt: string | null, isJwt: boolean, refreshTokenIssued: boolean, header: Array<{ __typename: 'TokenClaim', name: string, value: string }>, claims: Array<{ __typename: 'TokenClaim', name: string, value: string, time: string | null }> } & { ' $fragmentName'?: 'TokenResult_TokenFragment' };

export type TryIt_ClientFragment = { __typename: 'OAuthClient', id: string, redirectUris: Array<string>, tryIt: { __typename: 'TryItOptions', clientCredentials: boolean, authorizationCode: boolean, portalCallbackUrl: string, portalCallbackRegistered: boolean, unavailableReason: string | null, apis: Array<{ __typename: 'TryItApi', id: string, name: string, listenPath: string, gatewayUrl: string }> } | null } & { ' $fragmentName'?: 'TryIt_ClientFragment' };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp:
    | { __typename: 'SignUpDisabledError', message: string }
    | { __typename: 'SignUpSuccess', message: string }
    | (
      { __typename: 'ValidationError' }
      & { ' $fragmentRefs'?: { 'FieldErrors_ValidationErrorFragment': FieldErrors_ValidationErrorFragment } }
    )
   };

export const UsagePanel_UsageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsagePanel_usage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsageOverTime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"range"}},{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"upToDate"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"status2xx"}},{"kind":"Field","name":{"kind":"Name","value":"status3xx"}},{"kind":"Field","name":{"kind":"Name","value":"status4xx"}},{"kind":"Field","name":{"kind":"Name","value":"status5xx"}},{"kind":"Field","name":{"kind":"Name","value":"statusOther"}},{"kind":"Field","name":{"kind":"Name","value":"averageLatencyMs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"status2xx"}},{"kind":"Field","name":{"kind":"Name","value":"status3xx"}},{"kind":"Field","name":{"kind":"Name","value":"status4xx"}},{"kind":"Field","name":{"kind":"Name","value":"status5xx"}},{"kind":"Field","name":{"kind":"Name","value":"statusOther"}},{"kind":"Field","name":{"kind":"Name","value":"averageLatencyMs"}}]}}]}}]} as unknown as DocumentNode<UsagePanel_UsageFragment, unknown>;
export const FieldErrors_ValidationErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors_validationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<FieldErrors_ValidationErrorFragment, unknown>;
export const ApiEditor_ApiFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiEditor_api"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Api"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"listenPath"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"jwksUri"}},{"kind":"Field","name":{"kind":"Name","value":"identitySource"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayUrl"}},{"kind":"Field","name":{"kind":"Name","value":"defaultPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApiEditor_ApiFragment, unknown>;
export const ApiRow_ApiFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiRow_api"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Api"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"listenPath"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"jwksUri"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayUrl"}},{"kind":"Field","name":{"kind":"Name","value":"defaultPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApiRow_ApiFragment, unknown>;
export const CatalogueEntryEditor_EntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueEntryEditor_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overrideGlobalSettings"}},{"kind":"Field","name":{"kind":"Name","value":"dcrOverride"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"grantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"tokenEndpointAuthMethod"}},{"kind":"Field","name":{"kind":"Name","value":"responseTypes"}},{"kind":"Field","name":{"kind":"Name","value":"identityProviderHost"}},{"kind":"Field","name":{"kind":"Name","value":"clientRegistrationEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"initialRegistrationAccessTokenSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDcr"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<CatalogueEntryEditor_EntryFragment, unknown>;
export const AdminClientRow_ClientFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminClientRow_client"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicName"}}]}}]}}]} as unknown as DocumentNode<AdminClientRow_ClientFragment, unknown>;
export const IdpCleanupRow_CleanupFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdpCleanupRow_cleanup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdpCleanup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"registrationEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"canDeleteAtIdp"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"developer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<IdpCleanupRow_CleanupFragment, unknown>;
export const PolicyEditor_PolicyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyEditor_policy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"apis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitRequests"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPeriodSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"quotaMax"}},{"kind":"Field","name":{"kind":"Name","value":"quotaRenewalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"keyExpiresInSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"limitsWhenRedisDown"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"defaultForApis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalogueEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicName"}}]}}]}}]} as unknown as DocumentNode<PolicyEditor_PolicyFragment, unknown>;
export const PortalSettingsForm_SettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalSettingsForm_settings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redirectUriSeparator"}},{"kind":"Field","name":{"kind":"Name","value":"signupEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"dcr"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"grantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"tokenEndpointAuthMethod"}},{"kind":"Field","name":{"kind":"Name","value":"responseTypes"}},{"kind":"Field","name":{"kind":"Name","value":"identityProviderHost"}},{"kind":"Field","name":{"kind":"Name","value":"clientRegistrationEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"initialRegistrationAccessTokenSet"}}]}}]}}]} as unknown as DocumentNode<PortalSettingsForm_SettingsFragment, unknown>;
export const ApiTokenRow_ApiTokenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow_apiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"lastFour"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<ApiTokenRow_ApiTokenFragment, unknown>;
export const CatalogueCard_EntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueCard_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dcrEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitRequests"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPeriodSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"quotaMax"}},{"kind":"Field","name":{"kind":"Name","value":"quotaRenewalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"keyExpiresInSeconds"}}]}}]}}]} as unknown as DocumentNode<CatalogueCard_EntryFragment, unknown>;
export const ClientRow_ClientFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientRow_client"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"apis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicName"}}]}}]}}]} as unknown as DocumentNode<ClientRow_ClientFragment, unknown>;
export const ClientDetails_ClientFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientDetails_client"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretExpired"}},{"kind":"Field","name":{"kind":"Name","value":"idpDifferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"grantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"responseTypes"}},{"kind":"Field","name":{"kind":"Name","value":"tokenEndpointAuthMethod"}},{"kind":"Field","name":{"kind":"Name","value":"tokenEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"managedAtIdp"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"apis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicName"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitRequests"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPeriodSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"quotaMax"}},{"kind":"Field","name":{"kind":"Name","value":"quotaRenewalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"keyExpiresInSeconds"}}]}}]}}]}}]} as unknown as DocumentNode<ClientDetails_ClientFragment, unknown>;
export const ManageClient_ClientFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManageClient_client"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"management"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"canRotateSecret"}},{"kind":"Field","name":{"kind":"Name","value":"canDeleteAtIdp"}},{"kind":"Field","name":{"kind":"Name","value":"updateRotatesSecret"}},{"kind":"Field","name":{"kind":"Name","value":"limitation"}}]}}]}}]} as unknown as DocumentNode<ManageClient_ClientFragment, unknown>;
export const SelectApisStep_EntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectApisStep_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dcrEnabled"}}]}}]} as unknown as DocumentNode<SelectApisStep_EntryFragment, unknown>;
export const TokenResult_TokenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenResult_token"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessTokenResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"grantType"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"tokenType"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"isJwt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenIssued"}},{"kind":"Field","name":{"kind":"Name","value":"header"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}}]} as unknown as DocumentNode<TokenResult_TokenFragment, unknown>;
export const TryIt_ClientFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TryIt_client"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"tryIt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientCredentials"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationCode"}},{"kind":"Field","name":{"kind":"Name","value":"portalCallbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"portalCallbackRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableReason"}},{"kind":"Field","name":{"kind":"Name","value":"apis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"listenPath"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayUrl"}}]}}]}}]}}]} as unknown as DocumentNode<TryIt_ClientFragment, unknown>;
export const CurrentUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<CurrentUserQuery, CurrentUserQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignInSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidCredentialsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignInThrottledError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldErrors_validationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors_validationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOut"}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const SignUpEnabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignUpEnabled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUpEnabled"}}]}}]} as unknown as DocumentNode<SignUpEnabledQuery, SignUpEnabledQueryVariables>;
export const ClientUsagePanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientUsagePanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageRange"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oauthClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"usageOverTime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsagePanel_usage"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsagePanel_usage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsageOverTime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"range"}},{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"upToDate"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"status2xx"}},{"kind":"Field","name":{"kind":"Name","value":"status3xx"}},{"kind":"Field","name":{"kind":"Name","value":"status4xx"}},{"kind":"Field","name":{"kind":"Name","value":"status5xx"}},{"kind":"Field","name":{"kind":"Name","value":"statusOther"}},{"kind":"Field","name":{"kind":"Name","value":"averageLatencyMs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"status2xx"}},{"kind":"Field","name":{"kind":"Name","value":"status3xx"}},{"kind":"Field","name":{"kind":"Name","value":"status4xx"}},{"kind":"Field","name":{"kind":"Name","value":"status5xx"}},{"kind":"Field","name":{"kind":"Name","value":"statusOther"}},{"kind":"Field","name":{"kind":"Name","value":"averageLatencyMs"}}]}}]}}]} as unknown as DocumentNode<ClientUsagePanelQuery, ClientUsagePanelQueryVariables>;
export const ApiUsagePanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiUsagePanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageRange"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"api"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"usageOverTime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsagePanel_usage"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsagePanel_usage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsageOverTime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"range"}},{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"upToDate"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"status2xx"}},{"kind":"Field","name":{"kind":"Name","value":"status3xx"}},{"kind":"Field","name":{"kind":"Name","value":"status4xx"}},{"kind":"Field","name":{"kind":"Name","value":"status5xx"}},{"kind":"Field","name":{"kind":"Name","value":"statusOther"}},{"kind":"Field","name":{"kind":"Name","value":"averageLatencyMs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"status2xx"}},{"kind":"Field","name":{"kind":"Name","value":"status3xx"}},{"kind":"Field","name":{"kind":"Name","value":"status4xx"}},{"kind":"Field","name":{"kind":"Name","value":"status5xx"}},{"kind":"Field","name":{"kind":"Name","value":"statusOther"}},{"kind":"Field","name":{"kind":"Name","value":"averageLatencyMs"}}]}}]}}]} as unknown as DocumentNode<ApiUsagePanelQuery, ApiUsagePanelQueryVariables>;
export const ApiRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"api"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiEditor_api"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiEditor_api"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Api"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"listenPath"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"jwksUri"}},{"kind":"Field","name":{"kind":"Name","value":"identitySource"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayUrl"}},{"kind":"Field","name":{"kind":"Name","value":"defaultPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApiRouteQuery, ApiRouteQueryVariables>;
export const ApisRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApisRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiRow_api"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiRow_api"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Api"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"listenPath"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"jwksUri"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayUrl"}},{"kind":"Field","name":{"kind":"Name","value":"defaultPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApisRouteQuery, ApisRouteQueryVariables>;
export const NewApiRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewApiRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dcr"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]}}]} as unknown as DocumentNode<NewApiRouteQuery, NewApiRouteQueryVariables>;
export const CreateApiDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApi"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApi"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"api"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldErrors_validationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors_validationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CreateApiMutation, CreateApiMutationVariables>;
export const UpdateApiDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateApi"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateApiInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateApi"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateApiSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"api"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiEditor_api"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldErrors_validationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiEditor_api"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Api"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"listenPath"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"jwksUri"}},{"kind":"Field","name":{"kind":"Name","value":"identitySource"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayUrl"}},{"kind":"Field","name":{"kind":"Name","value":"defaultPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors_validationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<UpdateApiMutation, UpdateApiMutationVariables>;
export const DeleteApiDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteApi"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteApiInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteApi"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteApiSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InUseError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"usedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeleteApiMutation, DeleteApiMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const CatalogueEntryRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueEntryRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogueEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicName"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueEntryEditor_entry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueEntryEditor_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overrideGlobalSettings"}},{"kind":"Field","name":{"kind":"Name","value":"dcrOverride"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"grantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"tokenEndpointAuthMethod"}},{"kind":"Field","name":{"kind":"Name","value":"responseTypes"}},{"kind":"Field","name":{"kind":"Name","value":"identityProviderHost"}},{"kind":"Field","name":{"kind":"Name","value":"clientRegistrationEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"initialRegistrationAccessTokenSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDcr"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<CatalogueEntryRouteQuery, CatalogueEntryRouteQueryVariables>;
export const CatalogueFormChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueFormChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dcr"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"clientRegistrationEndpoint"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueFormChoicesQuery, CatalogueFormChoicesQueryVariables>;
export const CreateCatalogueEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCatalogueEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCatalogueEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCatalogueEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCatalogueEntrySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicName"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldErrors_validationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors_validationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CreateCatalogueEntryMutation, CreateCatalogueEntryMutationVariables>;
export const UpdateCatalogueEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCatalogueEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCatalogueEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCatalogueEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCatalogueEntrySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueEntryEditor_entry"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldErrors_validationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueEntryEditor_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overrideGlobalSettings"}},{"kind":"Field","name":{"kind":"Name","value":"dcrOverride"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"grantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"tokenEndpointAuthMethod"}},{"kind":"Field","name":{"kind":"Name","value":"responseTypes"}},{"kind":"Field","name":{"kind":"Name","value":"identityProviderHost"}},{"kind":"Field","name":{"kind":"Name","value":"clientRegistrationEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"initialRegistrationAccessTokenSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDcr"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors_validationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<UpdateCatalogueEntryMutation, UpdateCatalogueEntryMutationVariables>;
export const DeleteCatalogueEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCatalogueEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCatalogueEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCatalogueEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCatalogueEntrySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InUseError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"usedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeleteCatalogueEntryMutation, DeleteCatalogueEntryMutationVariables>;
export const AdminCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogueEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicName"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"dcrEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDcr"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCatalogueQuery, AdminCatalogueQueryVariables>;
export const AdminClientRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminClientRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oauthClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"management"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canDeleteAtIdp"}},{"kind":"Field","name":{"kind":"Name","value":"limitation"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientDetails_client"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientDetails_client"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretExpired"}},{"kind":"Field","name":{"kind":"Name","value":"idpDifferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"grantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"responseTypes"}},{"kind":"Field","name":{"kind":"Name","value":"tokenEndpointAuthMethod"}},{"kind":"Field","name":{"kind":"Name","value":"tokenEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"managedAtIdp"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"apis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicName"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitRequests"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPeriodSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"quotaMax"}},{"kind":"Field","name":{"kind":"Name","value":"quotaRenewalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"keyExpiresInSeconds"}}]}}]}}]}}]} as unknown as DocumentNode<AdminClientRouteQuery, AdminClientRouteQueryVariables>;
export const AdminClientsRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminClientsRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oauthClients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminClientRow_client"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminClientRow_client"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicName"}}]}}]}}]} as unknown as DocumentNode<AdminClientsRouteQuery, AdminClientsRouteQueryVariables>;
export const DiscoverIdentityProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiscoverIdentityProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discoverIdentityProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityProviderDiscovery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discoveryUrl"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"jwksUri"}},{"kind":"Field","name":{"kind":"Name","value":"registrationEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"tokenEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"grantTypesSupported"}},{"kind":"Field","name":{"kind":"Name","value":"responseTypesSupported"}},{"kind":"Field","name":{"kind":"Name","value":"tokenEndpointAuthMethodsSupported"}},{"kind":"Field","name":{"kind":"Name","value":"claimsSupported"}},{"kind":"Field","name":{"kind":"Name","value":"tokenVendor"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedIdentitySource"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAudience"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiscoveryFailedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldErrors_validationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors_validationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<DiscoverIdentityProviderQuery, DiscoverIdentityProviderQueryVariables>;
export const DeveloperRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeveloperRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientCount"}},{"kind":"Field","name":{"kind":"Name","value":"clients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"apis"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeveloperRouteQuery, DeveloperRouteQueryVariables>;
export const DeactivateDeveloperDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateDeveloper"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateDeveloperInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateDeveloper"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<DeactivateDeveloperMutation, DeactivateDeveloperMutationVariables>;
export const ReactivateDeveloperDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateDeveloper"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReactivateDeveloperInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateDeveloper"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<ReactivateDeveloperMutation, ReactivateDeveloperMutationVariables>;
export const DevelopersRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevelopersRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"clientCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<DevelopersRouteQuery, DevelopersRouteQueryVariables>;
export const AddDeveloperDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddDeveloper"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDeveloperInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDeveloper"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddDeveloperSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldErrors_validationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors_validationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AddDeveloperMutation, AddDeveloperMutationVariables>;
export const IdpCleanupRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdpCleanupRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idpCleanups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdpCleanupRow_cleanup"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdpCleanupRow_cleanup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdpCleanup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"registrationEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"canDeleteAtIdp"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"developer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<IdpCleanupRouteQuery, IdpCleanupRouteQueryVariables>;
export const ResolveIdpCleanupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveIdpCleanup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveIdpCleanupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveIdpCleanup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveIdpCleanupSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolvedId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdpRegistrationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdpOperationUnsupportedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ResolveIdpCleanupMutation, ResolveIdpCleanupMutationVariables>;
export const IdpSigningKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdpSigningKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idpSigningKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"removeAfter"}}]}}]}}]} as unknown as DocumentNode<IdpSigningKeysQuery, IdpSigningKeysQueryVariables>;
export const RotateIdpSigningKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateIdpSigningKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateIdpSigningKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signingKid"}}]}}]}}]} as unknown as DocumentNode<RotateIdpSigningKeysMutation, RotateIdpSigningKeysMutationVariables>;
export const PoliciesRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PoliciesRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"apis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitRequests"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPeriodSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"quotaMax"}},{"kind":"Field","name":{"kind":"Name","value":"quotaRenewalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"keyExpiresInSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<PoliciesRouteQuery, PoliciesRouteQueryVariables>;
export const PolicyRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyEditor_policy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyEditor_policy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"apis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitRequests"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPeriodSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"quotaMax"}},{"kind":"Field","name":{"kind":"Name","value":"quotaRenewalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"keyExpiresInSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"limitsWhenRedisDown"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"defaultForApis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalogueEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicName"}}]}}]}}]} as unknown as DocumentNode<PolicyRouteQuery, PolicyRouteQueryVariables>;
export const CreatePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePolicySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldErrors_validationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors_validationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CreatePolicyMutation, CreatePolicyMutationVariables>;
export const UpdatePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePolicySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyEditor_policy"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldErrors_validationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyEditor_policy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"apis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitRequests"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPeriodSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"quotaMax"}},{"kind":"Field","name":{"kind":"Name","value":"quotaRenewalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"keyExpiresInSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"limitsWhenRedisDown"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"defaultForApis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalogueEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors_validationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<UpdatePolicyMutation, UpdatePolicyMutationVariables>;
export const DeletePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeletePolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeletePolicySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InUseError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"usedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeletePolicyMutation, DeletePolicyMutationVariables>;
export const PolicyApiChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyApiChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"listenPath"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyApiChoicesQuery, PolicyApiChoicesQueryVariables>;
export const UpdatePortalSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePortalSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePortalSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePortalSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePortalSettingsSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalSettingsForm_settings"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldErrors_validationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalSettingsForm_settings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redirectUriSeparator"}},{"kind":"Field","name":{"kind":"Name","value":"signupEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"dcr"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"grantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"tokenEndpointAuthMethod"}},{"kind":"Field","name":{"kind":"Name","value":"responseTypes"}},{"kind":"Field","name":{"kind":"Name","value":"identityProviderHost"}},{"kind":"Field","name":{"kind":"Name","value":"clientRegistrationEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"initialRegistrationAccessTokenSet"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors_validationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<UpdatePortalSettingsMutation, UpdatePortalSettingsMutationVariables>;
export const PortalSettingsRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalSettingsRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalSettingsForm_settings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalSettingsForm_settings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redirectUriSeparator"}},{"kind":"Field","name":{"kind":"Name","value":"signupEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"dcr"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"grantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"tokenEndpointAuthMethod"}},{"kind":"Field","name":{"kind":"Name","value":"responseTypes"}},{"kind":"Field","name":{"kind":"Name","value":"identityProviderHost"}},{"kind":"Field","name":{"kind":"Name","value":"clientRegistrationEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"initialRegistrationAccessTokenSet"}}]}}]}}]} as unknown as DocumentNode<PortalSettingsRouteQuery, PortalSettingsRouteQueryVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow_apiToken"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow_apiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"lastFour"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow_apiToken"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldErrors_validationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow_apiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"lastFour"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors_validationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow_apiToken"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow_apiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"lastFour"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"revokedApiTokens"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldErrors_validationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors_validationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MyIdpConsentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyIdpConsents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myIdpConsents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}}]}}]}}]} as unknown as DocumentNode<MyIdpConsentsQuery, MyIdpConsentsQueryVariables>;
export const RevokeIdpConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeIdpConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeIdpConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeIdpConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}}]}}]}}]} as unknown as DocumentNode<RevokeIdpConsentMutation, RevokeIdpConsentMutationVariables>;
export const CatalogueRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedApis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueCard_entry"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueCard_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dcrEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitRequests"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPeriodSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"quotaMax"}},{"kind":"Field","name":{"kind":"Name","value":"quotaRenewalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"keyExpiresInSeconds"}}]}}]}}]} as unknown as DocumentNode<CatalogueRouteQuery, CatalogueRouteQueryVariables>;
export const ClientsRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientsRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOAuthClients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientRow_client"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientRow_client"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"apis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicName"}}]}}]}}]} as unknown as DocumentNode<ClientsRouteQuery, ClientsRouteQueryVariables>;
export const ClientDetailsRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientDetailsRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oauthClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"idpDifferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientDetails_client"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManageClient_client"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TryIt_client"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redirectUriSeparator"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientDetails_client"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretExpired"}},{"kind":"Field","name":{"kind":"Name","value":"idpDifferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"grantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"responseTypes"}},{"kind":"Field","name":{"kind":"Name","value":"tokenEndpointAuthMethod"}},{"kind":"Field","name":{"kind":"Name","value":"tokenEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"managedAtIdp"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"apis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicName"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitRequests"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPeriodSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"quotaMax"}},{"kind":"Field","name":{"kind":"Name","value":"quotaRenewalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"keyExpiresInSeconds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManageClient_client"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"management"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"canRotateSecret"}},{"kind":"Field","name":{"kind":"Name","value":"canDeleteAtIdp"}},{"kind":"Field","name":{"kind":"Name","value":"updateRotatesSecret"}},{"kind":"Field","name":{"kind":"Name","value":"limitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TryIt_client"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"tryIt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientCredentials"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationCode"}},{"kind":"Field","name":{"kind":"Name","value":"portalCallbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"portalCallbackRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableReason"}},{"kind":"Field","name":{"kind":"Name","value":"apis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"listenPath"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayUrl"}}]}}]}}]}}]} as unknown as DocumentNode<ClientDetailsRouteQuery, ClientDetailsRouteQueryVariables>;
export const DeleteOAuthClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOAuthClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteOAuthClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOAuthClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteOAuthClientSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAtIdp"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdpRegistrationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdpOperationUnsupportedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteOAuthClientMutation, DeleteOAuthClientMutationVariables>;
export const UpdateOAuthClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOAuthClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOAuthClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOAuthClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOAuthClientSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secretChanged"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientDetails_client"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManageClient_client"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldErrors_validationError"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdpRegistrationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdpOperationUnsupportedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientDetails_client"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretExpired"}},{"kind":"Field","name":{"kind":"Name","value":"idpDifferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"grantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"responseTypes"}},{"kind":"Field","name":{"kind":"Name","value":"tokenEndpointAuthMethod"}},{"kind":"Field","name":{"kind":"Name","value":"tokenEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"managedAtIdp"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"apis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicName"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitRequests"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPeriodSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"quotaMax"}},{"kind":"Field","name":{"kind":"Name","value":"quotaRenewalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"keyExpiresInSeconds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManageClient_client"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"management"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"canRotateSecret"}},{"kind":"Field","name":{"kind":"Name","value":"canDeleteAtIdp"}},{"kind":"Field","name":{"kind":"Name","value":"updateRotatesSecret"}},{"kind":"Field","name":{"kind":"Name","value":"limitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors_validationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<UpdateOAuthClientMutation, UpdateOAuthClientMutationVariables>;
export const RotateOAuthClientSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateOAuthClientSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateOAuthClientSecretInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateOAuthClientSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RotateOAuthClientSecretSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientDetails_client"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManageClient_client"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdpRegistrationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdpOperationUnsupportedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientDetails_client"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretExpired"}},{"kind":"Field","name":{"kind":"Name","value":"idpDifferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"grantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"responseTypes"}},{"kind":"Field","name":{"kind":"Name","value":"tokenEndpointAuthMethod"}},{"kind":"Field","name":{"kind":"Name","value":"tokenEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"managedAtIdp"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"apis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicName"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitRequests"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPeriodSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"quotaMax"}},{"kind":"Field","name":{"kind":"Name","value":"quotaRenewalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"keyExpiresInSeconds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManageClient_client"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"management"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"canRotateSecret"}},{"kind":"Field","name":{"kind":"Name","value":"canDeleteAtIdp"}},{"kind":"Field","name":{"kind":"Name","value":"updateRotatesSecret"}},{"kind":"Field","name":{"kind":"Name","value":"limitation"}}]}}]}}]} as unknown as DocumentNode<RotateOAuthClientSecretMutation, RotateOAuthClientSecretMutationVariables>;
export const CreateClientRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreateClientRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"preselectedId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withPreselected"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedApis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectApisStep_entry"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"preselectedApi"},"name":{"kind":"Name","value":"publishedApi"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"preselectedId"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPreselected"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectApisStep_entry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redirectUriSeparator"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectApisStep_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dcrEnabled"}}]}}]} as unknown as DocumentNode<CreateClientRouteQuery, CreateClientRouteQueryVariables>;
export const CreateOAuthClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOAuthClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOAuthClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOAuthClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOAuthClientSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientDetails_client"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldErrors_validationError"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdpRegistrationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientDetails_client"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretExpired"}},{"kind":"Field","name":{"kind":"Name","value":"idpDifferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"grantTypes"}},{"kind":"Field","name":{"kind":"Name","value":"responseTypes"}},{"kind":"Field","name":{"kind":"Name","value":"tokenEndpointAuthMethod"}},{"kind":"Field","name":{"kind":"Name","value":"tokenEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"managedAtIdp"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"apis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicName"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitRequests"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPeriodSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"quotaMax"}},{"kind":"Field","name":{"kind":"Name","value":"quotaRenewalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"keyExpiresInSeconds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors_validationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CreateOAuthClientMutation, CreateOAuthClientMutationVariables>;
export const StartAuthorizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartAuthorizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizationStarted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUri"}},{"kind":"Field","name":{"kind":"Name","value":"portalCallbackAdded"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TokenGrantUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldErrors_validationError"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdpRegistrationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdpOperationUnsupportedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors_validationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<StartAuthorizationMutation, StartAuthorizationMutationVariables>;
export const CallApiDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CallApi"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CallApiInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callApi"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiCallResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyBytes"}},{"kind":"Field","name":{"kind":"Name","value":"bodyTruncated"}},{"kind":"Field","name":{"kind":"Name","value":"bodyLimitBytes"}},{"kind":"Field","name":{"kind":"Name","value":"timeMs"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiCallFailedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"timeMs"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldErrors_validationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors_validationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CallApiMutation, CallApiMutationVariables>;
export const GetClientCredentialsTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GetClientCredentialsToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GetClientCredentialsTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getClientCredentialsToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessTokenResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TokenResult_token"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TokenRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TokenGrantUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldErrors_validationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenResult_token"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessTokenResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"grantType"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"tokenType"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"isJwt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenIssued"}},{"kind":"Field","name":{"kind":"Name","value":"header"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors_validationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<GetClientCredentialsTokenMutation, GetClientCredentialsTokenMutationVariables>;
export const ExchangeAuthorizationCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExchangeAuthorizationCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExchangeAuthorizationCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exchangeAuthorizationCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessTokenResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TokenResult_token"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TokenRequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizationRequestExpiredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldErrors_validationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenResult_token"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessTokenResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"grantType"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"tokenType"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"isJwt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenIssued"}},{"kind":"Field","name":{"kind":"Name","value":"header"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors_validationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ExchangeAuthorizationCodeMutation, ExchangeAuthorizationCodeMutationVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpDisabledError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldErrors_validationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors_validationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;