import type { ApiToken, PrismaClient, User } from '@gatehouse/db';
import type { Page } from '../common/connection.ts';

export type ApiTokenRecord = ApiToken & { createdBy: User };

const withCreator = { createdBy: true } as const;

export class ApiTokensRepo {
  constructor(private readonly db: PrismaClient) {}

  create(data: { name: string; role: string; tokenHash: string; prefix: string; lastFour: string; createdById: string; expiresAt: Date }): Promise<ApiTokenRecord> {
    return this.db.apiToken.create({ data, include: withCreator });
  }

  findByHash(tokenHash: string): Promise<ApiTokenRecord | null> {
    return this.db.apiToken.findUnique({ where: { tokenHash }, include: withCreator });
  }

  findById(id: string): Promise<ApiTokenRecord | null> {
    return this.db.apiToken.findUnique({ where: { id }, include: withCreator });
  }

  /** Newest first; `createdById` limits the list to one user's tokens. */
  list(page: Page, filter: { createdById?: string }): Promise<ApiTokenRecord[]> {
    return this.db.apiToken.findMany({
      where: filter.createdById ? { createdById: filter.createdById } : {},
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: page.take,
      ...(page.afterId ? { cursor: { id: page.afterId }, skip: 1 } : {}),
      include: withCreator,
    });
  }

  revoke(id: string, at: Date): Promise<ApiTokenRecord> {
    return this.db.apiToken.update({ where: { id }, data: { revokedAt: at }, include: withCreator });
  }

  /** Revokes every token the user created that still works; returns how many. */
  async revokeAllCreatedBy(createdById: string, at: Date): Promise<number> {
    const { count } = await this.db.apiToken.updateMany({ where: { createdById, revokedAt: null, expiresAt: { gt: at } }, data: { revokedAt: at } });
    return count;
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.db.apiToken.update({ where: { id }, data: { lastUsedAt: at } });
  }
}
