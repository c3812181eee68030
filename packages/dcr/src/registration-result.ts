import type { ClientInformationResponse, RegistrationErrorCode } from './rfc7591.ts';

/** The IdP refused the request with an RFC 7591 error (section 3.2.2; RFC 7592 section 2.2 reuses it). */
export interface IdpRejection {
  kind: 'rejected';
  /** An RFC 7591 code, or whatever code a non-conforming IdP sent. */
  error: RegistrationErrorCode | (string & {});
  description: string;
  status: number;
}

/** The IdP could not be reached or answered something that is not a registration response. */
export interface IdpUnavailable {
  kind: 'unavailable';
  /** A sentence for the developer: what happened, without internals. */
  message: string;
  /**
   * Whether the IdP may have acted although the portal got no usable answer (a timeout after
   * the request was sent, an answer cut off): a registration might exist there.
   */
  outcomeUnknown?: boolean;
  /**
   * A DELETE answered with a status that may mean "no such client" (RFC 7592 section 2: 401;
   * Okta: 404), which is not the IdP saying it deleted this client: the token may be stale or the
   * URI wrong while the client lives on.
   */
  notConfirmedGone?: boolean;
}

/**
 * The IdP does not offer this operation: it returned no RFC 7592 means of management, answered
 * HTTP 405 (RFC 7592 section 2), or has no way to issue a new secret.
 */
export interface IdpUnsupported {
  kind: 'unsupported';
  message: string;
}

/**
 * The IdP answered, but its answer cannot be stored as it is: a field of the wrong type, out of
 * bounds, or about another client. `field` names the field of the IdP's answer.
 */
export interface IdpInvalidAnswer {
  kind: 'invalid-answer';
  field: string;
  message: string;
}

/**
 * What a failed call's answer still said about the client, read leniently before anything
 * else: the client_id the journal must hold so the client can be deleted again (ADR 009), and a
 * registration access token the IdP may have rotated (RFC 7592 section 3), which is the only one
 * that works from now on.
 */
export interface SalvagedClient {
  clientId: string | null;
  registrationAccessToken: string | null;
  registrationClientUri: string | null;
}

export type IdpFailure = (IdpRejection | IdpUnavailable | IdpUnsupported | IdpInvalidAnswer) & { salvaged?: SalvagedClient };

export type IdpResult<T> = { ok: true; value: T } | ({ ok: false } & IdpFailure);

export type RegisteredClient = ClientInformationResponse;
