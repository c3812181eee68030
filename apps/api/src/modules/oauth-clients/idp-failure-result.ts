import { ERROR_FIELD, isRegistrationErrorCode, type IdpFailure } from '@gatehouse/dcr';

/** The GraphQL members an IdP failure becomes (schema.graphql). */
export type IdpRegistrationErrorResult = { __typename: 'IdpRegistrationError'; error: string; message: string; path: string | null };
export type IdpOperationUnsupportedResult = { __typename: 'IdpOperationUnsupportedError'; message: string };

/** Code of IdpRegistrationError when the IdP could not be reached or understood. */
export const IDP_UNAVAILABLE = 'idp_unavailable';
/** Code of IdpRegistrationError when the IdP's answer has a field the portal cannot store; the message names it. */
export const INVALID_IDP_ANSWER = 'invalid_idp_answer';
/** Code of IdpRegistrationError when the IdP answered with a client_id another portal client has at that IdP. */
export const DUPLICATE_CLIENT_ID = 'duplicate_client_id';

/**
 * An IdP's refusal as payload data the page shows beside the field it concerns: RFC 7591
 * section 3.2.2 codes keep the IdP's error_description (RFC 7592 section 2.2 uses the same codes).
 */
export function idpFailureResult(failure: IdpFailure): IdpRegistrationErrorResult | IdpOperationUnsupportedResult {
  switch (failure.kind) {
    case 'unsupported':
      return { __typename: 'IdpOperationUnsupportedError', message: failure.message };
    case 'unavailable':
      return { __typename: 'IdpRegistrationError', error: IDP_UNAVAILABLE, message: failure.message, path: null };
    case 'invalid-answer':
      return { __typename: 'IdpRegistrationError', error: INVALID_IDP_ANSWER, message: failure.message, path: null };
    case 'rejected':
      return {
        __typename: 'IdpRegistrationError',
        error: failure.error,
        message: failure.description,
        path: isRegistrationErrorCode(failure.error) ? ERROR_FIELD[failure.error] : null,
      };
  }
}

/** A failure in one sentence, for logs and the cleanup journal. */
export function failureMessage(failure: IdpFailure): string {
  return failure.kind === 'rejected' ? `${failure.description} (${failure.error})` : failure.message;
}
