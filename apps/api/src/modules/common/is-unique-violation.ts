import { Prisma } from '@gatehouse/db';

/**
 * True when a write failed on a unique constraint (Prisma P2002, which Prisma reports for SQLite
 * and for PostgreSQL's 23505 through the pg adapter alike): two admins saving the same name at
 * once, or two sign-ups with one email, get past the service's check, and the database is the
 * last word.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
