import type { Api, PrismaClient } from '@gatehouse/db';

/** Reads what "try it" needs beyond the client itself. */
export class TryItRepo {
  constructor(private readonly db: PrismaClient) {}

  /**
   * Active APIs that a policy of one of the client's catalogue entries grants: what the gateway
   * lets the client call (ADR 004), by name.
   */
  apisGrantedToClient(oauthClientId: string): Promise<Api[]> {
    return this.db.api.findMany({
      where: { active: true, grantedBy: { some: { active: true, catalogueEntries: { some: { clients: { some: { id: oauthClientId } } } } } } },
      orderBy: { name: 'asc' },
    });
  }
}
