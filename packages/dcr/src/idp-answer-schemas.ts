import { z } from 'zod';
import { httpUrlProblem } from './http-url.ts';
import type { ClientInformationResponse } from './rfc7591.ts';

/** An Okta app id, as it may go into a URL path. */
export const OKTA_CLIENT_ID = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * Bounds on what the portal takes from an identity provider's answer. An answer is data from
 * outside: whatever is stored must be readable later by every page that lists it.
 */
export const IDP_ANSWER_LIMITS = {
  clientId: 255,
  clientSecret: 1024,
  registrationAccessToken: 4096,
  uri: 2000,
  clientName: 200,
  redirectUris: 50,
  listItem: 100,
  listItems: 20,
  /** The registered metadata as stored (JSON, secrets removed). */
  metadataBytes: 32 * 1024,
  /**
   * Latest time the portal accepts: 9999-12-31T23:59:59Z, the last second an ISO date with a
   * four-digit year can print (OAuthClient.clientSecretExpiresAt is a 64-bit integer). Any answer
   * beyond is refused, never stored as a value a date formatter cannot print.
   */
  maxEpochSeconds: 253_402_300_799,
} as const;

const L = IDP_ANSWER_LIMITS;

/** Optional fields: an IdP that sends `null` means "none" (RFC 7591 section 3.2.1 omits them). */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === null ? undefined : v), schema.optional());

const boundedString = (max: number, what: string) =>
  z.string({ error: `must be a string` }).max(max, `is longer than ${max} characters (the most the portal stores for ${what})`);

/** RFC 7591 section 3.2.1: seconds since 1970-01-01T00:00:00Z, as a JSON number. */
const epochSeconds = z
  .number({ error: 'must be a number of seconds since 1970 (RFC 7591 section 3.2.1)' })
  .refine(Number.isFinite, 'must be a finite number')
  .transform(Math.floor)
  .refine((v) => v >= 0, 'must not be negative')
  .refine((v) => v <= L.maxEpochSeconds, `is beyond ${new Date(L.maxEpochSeconds * 1000).toISOString()}, the latest time the portal can store`);

/** An absolute http(s) URL, by the rules admins' input follows. */
const httpUrl = boundedString(L.uri, 'a URL').superRefine((value, ctx) => {
  const problem = httpUrlProblem(value, 'it');
  if (problem) ctx.addIssue({ code: 'custom', message: problem.replace(/^it /, '') });
});

const stringList = (maxItems: number, maxLength: number, what: string) =>
  z
    .array(boundedString(maxLength, what), { error: 'must be a list of strings' })
    .max(maxItems, `has more than ${maxItems} entries (the most the portal stores)`);

// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const printable = (value: string) => !/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069]/.test(value);

/** client_id: RFC 7591 section 3.2.1 REQUIRED, an opaque string the portal shows and stores. */
const clientId = z
  .string({ error: 'must be a non-empty string (RFC 7591 section 3.2.1)' })
  .min(1, 'must not be empty')
  .max(L.clientId, `is longer than ${L.clientId} characters (the most the portal stores for a client_id)`)
  .refine(printable, 'contains control or invisible characters');

/** RFC 7591 section 3.2.1 fields, and the metadata (section 2) the portal shows. */
const clientInformationShape = {
  client_id: clientId,
  client_secret: optional(boundedString(L.clientSecret, 'a client_secret').min(1, 'must not be empty')),
  client_id_issued_at: optional(epochSeconds),
  client_secret_expires_at: optional(epochSeconds),
  registration_access_token: optional(boundedString(L.registrationAccessToken, 'a registration access token').min(1, 'must not be empty')),
  registration_client_uri: optional(httpUrl),
  client_name: optional(boundedString(L.clientName, 'a client name')),
  redirect_uris: optional(stringList(L.redirectUris, L.uri, 'a redirect URI')),
  grant_types: optional(stringList(L.listItems, L.listItem, 'a grant type')),
  response_types: optional(stringList(L.listItems, L.listItem, 'a response type')),
  token_endpoint_auth_method: optional(boundedString(L.listItem, 'an auth method')),
  scope: optional(boundedString(L.uri, 'a scope')),
};

/** Metadata the portal does not use is kept as sent, within a total size bound. */
function metadataWithinBound(answer: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const { client_secret: _s, registration_access_token: _t, ...metadata } = answer;
  if (Buffer.byteLength(JSON.stringify(metadata)) > L.metadataBytes) {
    ctx.addIssue({ code: 'custom', path: ['metadata'], message: `is larger than ${L.metadataBytes / 1024} KB, the most the portal stores for a client` });
  }
}

/**
 * RFC 7591 section 3.2.1 client information response, which RFC 7592 section 3 reuses for the
 * answers to read and update requests. RFC 7592 makes registration_access_token and
 * registration_client_uri REQUIRED there, but the portal keeps the ones it holds when an answer
 * leaves them out, so one shape serves both.
 */
export const clientInformationSchema = z.looseObject(clientInformationShape).superRefine(metadataWithinBound);

/**
 * Okta's client object (Okta Dynamic Client Registration API, "Client Application Model"):
 * the RFC 7591 shape, with a client_id that is the app id the portal puts into the paths of
 * /oauth2/v1/clients/{clientId}: letters, digits, `_` and `-` only, so it names exactly one
 * client and never `..` or another path.
 */
export const oktaClientSchema = z
  .looseObject({
    ...clientInformationShape,
    client_id: clientId.pipe(z.string().regex(OKTA_CLIENT_ID, 'is not an Okta app id (letters, digits, _ and - only)')),
    application_type: optional(z.enum(['web', 'native', 'browser', 'service'], { error: 'must be web, native, browser or service' })),
  })
  .superRefine(metadataWithinBound);

/**
 * The parts of an OpenID Provider Configuration (OpenID Connect Discovery 1.0 section 3) the
 * portal uses, each endpoint an absolute http(s) URL by the rules admins' input follows.
 */
export const discoveryDocumentSchema = z.looseObject({
  issuer: httpUrl,
  jwks_uri: optional(httpUrl),
  token_endpoint: optional(httpUrl),
  authorization_endpoint: optional(httpUrl),
  registration_endpoint: optional(httpUrl),
  grant_types_supported: optional(stringList(50, L.listItem, 'a grant type')),
  response_types_supported: optional(stringList(50, L.listItem, 'a response type')),
  token_endpoint_auth_methods_supported: optional(stringList(50, L.listItem, 'an auth method')),
});

export type DiscoveryDocument = z.infer<typeof discoveryDocumentSchema>;

/** A schema for a client information response (RFC 7591 or a vendor's). */
export type ClientInformationSchema = z.ZodType<ClientInformationResponse>;

/** The first problem of a refused answer: which field of the IdP's answer, and what is wrong. */
export function answerProblem(error: z.ZodError): { field: string; problem: string } {
  const issue = error.issues[0]!;
  return { field: issue.path.map(String).join('.') || 'answer', problem: issue.message };
}
