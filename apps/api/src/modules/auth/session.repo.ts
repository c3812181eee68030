import { tableWritesOf, type PrismaClient, type Session, type User } from '@gatehouse/db';
import { ReadCache } from '../common/read-cache.ts';

type SessionWithUser = Session & { user: User };

export class SessionRepo {
  /** Every request with a cookie looks its session up; kept until a session or user is written. */
  readonly #byTokenHash: ReadCache<SessionWithUser | null>;

  constructor(private readonly db: PrismaClient) {
    this.#byTokenHash = new ReadCache(tableWritesOf(db), ['Session', 'User']);
  }

  create(data: { tokenHash: string; userId: string; expiresAt: Date }): Promise<Session> {
    return this.db.session.create({ data });
  }

  /** A session that has not expired, with its user. */
  async findLive(tokenHash: string, now: Date): Promise<SessionWithUser | null> {
    const session = await this.#byTokenHash.get(tokenHash, () => this.db.session.findUnique({ where: { tokenHash }, include: { user: true } }));
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
