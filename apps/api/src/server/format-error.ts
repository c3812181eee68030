import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { DATABASE_UNAVAILABLE, isDatabaseUnreachable } from './database-unavailable.ts';

/** Codes whose messages are written for users; anything else is masked as INTERNAL. */
const PUBLIC_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

function errorMessage(error: unknown): string {
  const original = (error as { originalError?: unknown }).originalError ?? error;
  return original instanceof Error ? original.message.trim().split('\n').at(-1)! : String(original);
}

/** Internal details (Prisma messages, stack traces) never reach the client; they go to the log. */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) return formatted;
    if (isDatabaseUnreachable(error)) {
      logger.warn({ err: errorMessage(error), path: formatted.path }, 'the database cannot be reached');
      return { message: DATABASE_UNAVAILABLE.message, path: formatted.path, extensions: { code: DATABASE_UNAVAILABLE.code } };
    }
    logger.error({ err: (error as { originalError?: unknown }).originalError ?? error, path: formatted.path }, 'resolver failed');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL' } };
  };
}
