import type { CatalogueEntry, OAuthClient, PrismaClient, User } from '@gatehouse/db';
import type { Page } from '../common/connection.ts';

export type DeveloperRecord = User & { _count: { clients: number } };
export type DeveloperClientRecord = OAuthClient & { catalogueEntries: CatalogueEntry[] };

const withCount = { _count: { select: { clients: true } } } as const;

/** Developers are users with role DEVELOPER; admins are never listed or changed here. */
export class DevelopersRepo {
  constructor(private readonly db: PrismaClient) {}

  async list(page: Page): Promise<DeveloperRecord[]> {
    const developers = await this.db.user.findMany({
      where: { role: 'DEVELOPER' },
      orderBy: { id: 'asc' },
      take: page.take,
      ...(page.afterId ? { cursor: { id: page.afterId }, skip: 1 } : {}),
    });
    return this.withClientCounts(developers);
  }

  async findById(id: string): Promise<DeveloperRecord | null> {
    const developer = await this.db.user.findFirst({ where: { id, role: 'DEVELOPER' } });
    return developer ? (await this.withClientCounts([developer]))[0]! : null;
  }

  /**
   * Prisma's `_count` include counts the clients of every developer before joining the page (a
   * scan of all clients, 100 000 in the scale benchmark, per request; issue 7). Counting only
   * the listed developers' clients, in one query, uses the developerId index.
   */
  private async withClientCounts(developers: User[]): Promise<DeveloperRecord[]> {
    if (developers.length === 0) return [];
    const counts = await this.db.oAuthClient.groupBy({
      by: ['developerId'],
      where: { developerId: { in: developers.map((d) => d.id) } },
      _count: { _all: true },
    });
    const byDeveloper = new Map(counts.map((c) => [c.developerId, c._count._all]));
    return developers.map((d) => ({ ...d, _count: { clients: byDeveloper.get(d.id) ?? 0 } }));
  }

  emailTaken(email: string): Promise<boolean> {
    return this.db.user.count({ where: { email } }).then((n) => n > 0);
  }

  create(data: { email: string; name: string; passwordHash: string }): Promise<DeveloperRecord> {
    return this.db.user.create({ data: { ...data, role: 'DEVELOPER' }, include: withCount });
  }

  /** Deactivating also ends the developer's sessions, so it takes effect at once. */
  setActive(id: string, active: boolean): Promise<DeveloperRecord> {
    return this.db.$transaction(async (tx) => {
      if (!active) await tx.session.deleteMany({ where: { userId: id } });
      return tx.user.update({ where: { id }, data: { active }, include: withCount });
    });
  }

  /** The developer's OAuth clients, newest first. */
  clients(developerId: string, page: Page): Promise<DeveloperClientRecord[]> {
    return this.db.oAuthClient.findMany({
      where: { developerId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: page.take,
      ...(page.afterId ? { cursor: { id: page.afterId }, skip: 1 } : {}),
      include: { catalogueEntries: { orderBy: { publicName: 'asc' } } },
    });
  }
}
