import type { Api, PrismaClient } from '@gatehouse/db';
import type { Page } from '../common/connection.ts';

export class ApisRepo {
  constructor(private readonly db: PrismaClient) {}

  list(page: Page): Promise<Api[]> {
    return this.db.api.findMany({
      orderBy: { id: 'asc' },
      take: page.take,
      ...(page.afterId ? { cursor: { id: page.afterId }, skip: 1 } : {}),
    });
  }
}
