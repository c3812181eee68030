import type { PrismaClient, Session, User } from '@gatehouse/db';

export class SessionRepo {
  constructor(private readonly db: PrismaClient) {}

  create(data: { tokenHash: string; userId: string; expiresAt: Date }): Promise<Session> {
    return this.db.session.create({ data });
  }

  /** A session that has not expired, with its user. */
  async findLive(tokenHash: string, now: Date): Promise<(Session & { user: User }) | null> {
    const session = await this.db.session.findUnique({ where: { tokenHash }, include: { user: true } });
    return session && session.expiresAt > now ? session : null;
  }

  /** Ends every session of the user except the one with `keepTokenHash`; returns how many ended. */
  async deleteOthers(userId: string, keepTokenHash: string | null): Promise<number> {
    const { count } = await this.db.session.deleteMany({ where: { userId, ...(keepTokenHash ? { NOT: { tokenHash: keepTokenHash } } : {}) } });
    return count;
  }

  async delete(tokenHash: string): Promise<boolean> {
    const { count } = await this.db.session.deleteMany({ where: { tokenHash } });
    return count > 0;
  }
}
