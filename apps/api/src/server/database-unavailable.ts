import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from './context.ts';

/** What a client reads while the portal's database cannot be reached: retry, nothing to fix. */
export const DATABASE_UNAVAILABLE = {
  code: 'DATABASE_UNAVAILABLE',
  message: "The portal's database cannot be reached right now. Try again in a few seconds.",
  status: 503,
  retryAfterSeconds: 5,
} as const;

/**
 * Prisma's codes for a database it cannot reach or lost the connection to (P1001 not reachable,
 * P1002 timed out, P1008 socket timeout, P1017 connection closed), and PostgreSQL's SQLSTATEs for
 * the same (class 08 connection exception; 57P01-57P03 shutting down, crash recovery, starting up).
 */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017']);
const SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123])$/;
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);

/**
 * Whether `error` (or what it wraps: GraphQL's originalError, `cause`, Prisma's driver adapter
 * error) says the database is unreachable, rather than that a query was wrong.
 */
export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (depth > 6 || typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; originalCode?: unknown; kind?: unknown; originalError?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  if (typeof e.code === 'string' && (PRISMA_CODES.has(e.code) || SQLSTATE.test(e.code) || SOCKET_CODES.has(e.code))) return true;
  if (typeof e.originalCode === 'string' && SQLSTATE.test(e.originalCode)) return true;
  if (e.kind === 'DatabaseNotReachable' || e.kind === 'ConnectionClosed' || e.kind === 'SocketTimeout') return true;
  if (error instanceof Error && /^Connection terminated/.test(error.message)) return true;
  return [e.originalError, e.cause, e.meta?.driverAdapterError].some((inner) => inner !== error && isDatabaseUnreachable(inner, depth + 1));
}

/**
 * A GraphQL response whose resolvers hit an unreachable database is a 503 with Retry-After, so
 * clients and load balancers retry it instead of reading it as a bug (format-error.ts gives the
 * error its code and message).
 */
export function databaseUnavailablePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          if (!errors?.some((error) => isDatabaseUnreachable(error))) return;
          response.http.status = DATABASE_UNAVAILABLE.status;
          response.http.headers.set('retry-after', String(DATABASE_UNAVAILABLE.retryAfterSeconds));
        },
      };
    },
  };
}
