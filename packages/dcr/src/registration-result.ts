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
}

/**
 * The IdP does not offer this operation: it returned no RFC 7592 means of management, answered
 * HTTP 405 (RFC 7592 section 2), or has no way to issue a new secret.
 */
export interface IdpUnsupported {
  kind: 'unsupported';
  message: string;
}

export type IdpFailure = IdpRejection | IdpUnavailable | IdpUnsupported;

export type IdpResult<T> = { ok: true; value: T } | ({ ok: false } & IdpFailure);

export type RegisteredClient = ClientInformationResponse;
