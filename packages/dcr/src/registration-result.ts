import type { ClientInformationResponse, RegistrationErrorCode } from './rfc7591.ts';

/** The IdP refused the request with an RFC 7591 error (section 3.2.2). */
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
}

export type IdpFailure = IdpRejection | IdpUnavailable;

export type IdpResult<T> = { ok: true; value: T } | ({ ok: false } & IdpFailure);

export type RegisteredClient = ClientInformationResponse;
