import type { ServerResponse } from 'node:http';

/**
 * A response the gateway itself produces (as opposed to one relayed from an upstream). Built once
 * at start-up with its body already serialised, so rejecting a request allocates nothing.
 */
export class GatewayResponse {
  readonly body: Buffer;
  readonly headers: readonly string[];
  /** Why the gateway answered itself, as gatehouse_gateway_requests_total's `reason` label: a bounded set. */
  readonly reason: string;

  constructor(
    readonly status: number,
    payload: { error: string; error_description: string; [field: string]: unknown },
    extraHeaders: readonly string[] = [],
    reason: string = payload.error,
  ) {
    this.reason = reason;
    this.body = Buffer.from(JSON.stringify(payload));
    this.headers = [
      'content-type', 'application/json; charset=utf-8',
      'content-length', String(this.body.length),
      // Error answers are about this request only (RFC 6750 section 3 examples use no-store too).
      'cache-control', 'no-store',
      ...extraHeaders,
    ];
  }

  send(res: ServerResponse): void {
    res.writeHead(this.status, this.headers as string[]);
    res.end(this.body);
  }
}

const REALM = 'Bearer realm="gatehouse"';

/**
 * Why a presented token was refused. The descriptions stay short and generic: they tell a
 * developer what to fix without describing signature or key internals to an attacker.
 * They only use characters RFC 6750 section 3 allows in error_description (no quote or backslash).
 */
export const invalidTokenDescriptions = {
  invalid: 'The access token is invalid',
  expired: 'The access token has expired',
  not_yet_valid: 'The access token is not valid yet',
  wrong_audience_or_issuer: 'The access token is not valid for this API',
  no_client_identity: 'The access token does not identify a client',
  /**
   * The identity claim names no client registered in the portal, e.g. one a developer deleted.
   * RFC 6750 section 3.1 lists a revoked token under invalid_token (401), not under the 403 of
   * insufficient_scope: the credentials themselves are no longer good, whatever the request.
   */
  unknown_client: 'The access token belongs to no client registered in the portal',
} as const;

export type InvalidTokenReason = keyof typeof invalidTokenDescriptions;

/** Why a client with a valid token may not call this API. */
export const accessDeniedDescriptions = {
  api_not_granted: 'The policy of this client does not grant access to this API',
  policy_inactive: 'The policy of this client is not active',
  client_expired: 'The access of this client has expired',
} as const;

export type AccessDeniedReason = keyof typeof accessDeniedDescriptions;

function invalidToken(reason: InvalidTokenReason, description: string = invalidTokenDescriptions[reason]): GatewayResponse {
  return new GatewayResponse(401, { error: 'invalid_token', error_description: description }, [
    'www-authenticate', `${REALM}, error="invalid_token", error_description="${description}"`,
  ], reason);
}

/**
 * The two refusals of a token that names no portal client, built once per API (build-api-table.ts)
 * because they say which claims the API's identity source looked at, e.g. "client_id, azp or cid".
 * Claim names never contain a quote or backslash (identity-claims.ts), so the header stays valid.
 */
export function identityRefusals(claimsLookedAt: string): { noClientIdentity: GatewayResponse; unknownClient: GatewayResponse } {
  return {
    noClientIdentity: invalidToken('no_client_identity', `${invalidTokenDescriptions.no_client_identity}: it has no client id in ${claimsLookedAt}`),
    unknownClient: invalidToken('unknown_client', `${invalidTokenDescriptions.unknown_client} (looked at ${claimsLookedAt})`),
  };
}

/** Every answer the gateway produces itself. */
export const gatewayResponses = {
  /**
   * No credentials at all: RFC 6750 section 3.1 says the challenge SHOULD NOT carry an error code
   * when the request lacks any authentication information.
   */
  missingToken: new GatewayResponse(401, { error: 'unauthorized', error_description: 'A bearer access token is required' }, [
    'www-authenticate', REALM,
  ]),
  /** A Bearer header that is not a b64token (RFC 6750 sections 2.1 and 3.1: invalid_request, 400). */
  malformedAuthorization: new GatewayResponse(400, { error: 'invalid_request', error_description: 'The Authorization header is malformed' }, [
    'www-authenticate', `${REALM}, error="invalid_request", error_description="The Authorization header is malformed"`,
  ]),
  invalidToken: {
    invalid: invalidToken('invalid'),
    expired: invalidToken('expired'),
    not_yet_valid: invalidToken('not_yet_valid'),
    wrong_audience_or_issuer: invalidToken('wrong_audience_or_issuer'),
  } satisfies Record<Exclude<InvalidTokenReason, 'no_client_identity' | 'unknown_client'>, GatewayResponse>,
  /**
   * The token is good but its client may not make this call (issue 5: 403). Only a policy that
   * does not grant the API is RFC 6750's insufficient_scope; an expired or deactivated access
   * is not something a token with more scope would fix, so it carries no Bearer error.
   */
  forbidden: {
    api_not_granted: new GatewayResponse(403, { error: 'api_not_granted', error_description: accessDeniedDescriptions.api_not_granted }, [
      'www-authenticate', `${REALM}, error="insufficient_scope", error_description="${accessDeniedDescriptions.api_not_granted}"`,
    ]),
    policy_inactive: new GatewayResponse(403, { error: 'policy_inactive', error_description: accessDeniedDescriptions.policy_inactive }),
    client_expired: new GatewayResponse(403, { error: 'client_expired', error_description: accessDeniedDescriptions.client_expired }),
  } satisfies Record<AccessDeniedReason, GatewayResponse>,
  /** The issuer's keys could not be fetched: not the client's fault, so no invalid_token. */
  keysUnavailable: new GatewayResponse(503, { error: 'temporarily_unavailable', error_description: 'The access token cannot be verified right now' }, [
    'retry-after', '5',
  ]),
  usageForbidden: new GatewayResponse(401, { error: 'unauthorized', error_description: 'The usage token is missing or wrong' }, [
    'www-authenticate', REALM,
  ]),
  methodNotAllowed: new GatewayResponse(405, { error: 'method_not_allowed', error_description: 'Only GET is allowed here' }, ['allow', 'GET, HEAD']),
  usageMinutesPostOnly: new GatewayResponse(405, { error: 'method_not_allowed', error_description: 'Only POST is allowed here' }, ['allow', 'POST']),
  invalidUsageAck: new GatewayResponse(400, { error: 'invalid_request', error_description: 'Send both instance and through (a whole minute number), or neither' }),
  tooManyUsageClients: new GatewayResponse(400, { error: 'invalid_request', error_description: 'Ask for at most 100 clients at once' }),
  /** Redis, where limits are counted, cannot be reached and the limits fail closed (shared-limits.ts). */
  limitsUnavailable: new GatewayResponse(503, { error: 'temporarily_unavailable', error_description: 'The request limits cannot be checked right now' }, [
    'retry-after', '5',
  ]),
  badRequest: new GatewayResponse(400, { error: 'bad_request', error_description: 'The request target is not allowed' }),
  notFound: new GatewayResponse(404, { error: 'not_found', error_description: 'No API is published at this path' }),
  badGateway: new GatewayResponse(502, { error: 'bad_gateway', error_description: 'The upstream API could not be reached' }),
  gatewayTimeout: new GatewayResponse(504, { error: 'gateway_timeout', error_description: 'The upstream API did not answer in time' }),
  internalError: new GatewayResponse(500, { error: 'internal_error', error_description: 'The gateway failed to handle the request' }),
} as const;

/** The limits a client ran into; each answers 429 (RFC 6585 section 4) with Retry-After. */
export type LimitReason = 'rate_limit_exceeded' | 'quota_exceeded';

const limitDescriptions: Record<LimitReason, string> = {
  rate_limit_exceeded: 'This client sent too many requests; retry after the number of seconds in Retry-After',
  quota_exceeded: 'This client has used up its request quota; it renews after the number of seconds in Retry-After',
};

/**
 * A 429 for one request: the wait differs each time, so it is built when refused (which costs less
 * than the forwarding it replaces). `headers` are the X-RateLimit-* or X-Quota-* fields.
 */
export function tooManyRequests(reason: LimitReason, retryAfterSeconds: number, headers: readonly string[]): GatewayResponse {
  return new GatewayResponse(429, { error: reason, error_description: limitDescriptions[reason], retry_after: retryAfterSeconds }, [
    // RFC 9110 section 10.2.3: delay-seconds.
    'retry-after', String(retryAfterSeconds),
    ...headers,
  ]);
}
