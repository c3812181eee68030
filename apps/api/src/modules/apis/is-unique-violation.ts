import { Prisma } from '@gatehouse/db';

/**
 * True when a write failed on a unique constraint (Prisma P2002): two admins saving the same
 * name at once get past the service's check, and the database is the last word.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
