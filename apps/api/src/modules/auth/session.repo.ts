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

  async delete(tokenHash: string): Promise<boolean> {
    const { count } = await this.db.session.deleteMany({ where: { tokenHash } });
    return count > 0;
  }
}
