import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { isRouteErrorResponse } from 'react-router';

/**
 * Errors a route error boundary explains to the user (the API refused, is down, the session
 * ended, a page does not exist) are expected: they are shown, not logged. Anything else is a
 * bug and goes to the console, where tests and developers see it.
 */
export function isExpectedError(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) ||
    ServerError.is(error) ||
    ServerParseError.is(error) ||
    isRouteErrorResponse(error) ||
    // fetch() rejects with a TypeError when the network is down.
    (error instanceof TypeError && /fetch|network/i.test(error.message))
  );
}

/** For React Router's `onError` and React's `onCaughtError`. */
export function reportError(error: unknown): void {
  if (isExpectedError(error)) return;
  // eslint-disable-next-line no-console -- the one place unexpected UI errors are reported
  console.error(error);
}
