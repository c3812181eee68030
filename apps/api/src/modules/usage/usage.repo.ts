import type { PrismaClient } from '@gatehouse/db';

/** Data access for usage: who owns a client, which decides who may see its usage. */
export class UsageRepo {
  constructor(private readonly db: PrismaClient) {}

  /** The developer owning each client, in the order asked; null for a client that does not exist. */
  async ownersOf(clientIds: readonly string[]): Promise<(string | null)[]> {
    const rows = await this.db.oAuthClient.findMany({ where: { id: { in: [...clientIds] } }, select: { id: true, developerId: true } });
    const owners = new Map(rows.map((row) => [row.id, row.developerId]));
    return clientIds.map((id) => owners.get(id) ?? null);
  }
}
