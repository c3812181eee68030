import { createHash, randomBytes } from 'node:crypto';
import type { BulkRows } from './bench-database.ts';

/**
 * Signs users in the way the API's sign-in does (a random token, only its SHA-256 stored; see
 * apps/api/src/modules/auth/session-token.ts), straight in the database: benchmarks measure lists
 * and registration, and the sign-in rate limit would refuse hundreds of sign-ins from one address.
 * Returns the Cookie header of each session.
 */
export function insertSessions(rows: BulkRows, userIds: string[]): string[] {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + 12 * 3600_000).toISOString();
  return userIds.map((userId) => {
    const token = randomBytes(32).toString('base64url');
    rows.insert('Session', { id: randomBytes(12).toString('hex'), tokenHash: createHash('sha256').update(token).digest('hex'), userId, expiresAt, createdAt: now.toISOString() });
    return `gatehouse_session=${token}`;
  });
}
