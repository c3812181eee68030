import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { isRouteErrorResponse } from 'react-router';

/** What to tell a person about an error, in words; never the raw response. */
export interface ErrorDescription {
  title: string;
  message: string;
  /** The session ended or never existed: offer to sign in again. */
  signInAgain: boolean;
}

const codes: Record<string, Omit<ErrorDescription, 'signInAgain'>> = {
  UNAUTHENTICATED: {
    title: 'Your session has ended',
    message: 'Sign in again to continue.',
  },
  FORBIDDEN: {
    title: 'You do not have access to this page',
    message: 'Your account is not allowed to see or change this. Ask an administrator if you need it.',
  },
  NOT_FOUND: {
    title: 'Not found',
    message: 'What you are looking for does not exist or was deleted.',
  },
};

const unexpected: ErrorDescription = {
  title: 'Something went wrong',
  message: 'Gatehouse could not complete the request. Try again in a moment.',
  signInAgain: false,
};

export function describeError(error: unknown): ErrorDescription {
  if (CombinedGraphQLErrors.is(error)) {
    for (const e of error.errors) {
      const code = e.extensions?.code;
      const known = typeof code === 'string' ? codes[code] : undefined;
      if (known) return { ...known, signInAgain: code === 'UNAUTHENTICATED' };
    }
    return unexpected;
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 502 || error.statusCode === 503 || error.statusCode === 504) {
      return {
        title: 'The Gatehouse API is not reachable',
        message: 'The portal cannot reach its API right now. Try again in a moment.',
        signInAgain: false,
      };
    }
    return unexpected;
  }
  if (ServerParseError.is(error)) return unexpected;
  if (isRouteErrorResponse(error)) {
    return error.status === 404
      ? { title: 'Page not found', message: 'There is no page at this address.', signInAgain: false }
      : unexpected;
  }
  if (error instanceof TypeError) {
    // fetch() rejects with a TypeError when the network is down.
    return {
      title: 'Gatehouse is not reachable',
      message: 'Check your network connection and try again.',
      signInAgain: false,
    };
  }
  return unexpected;
}
