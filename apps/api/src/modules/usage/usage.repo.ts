import type { PrismaClient } from '@gatehouse/db';

/** Data access for usage: who owns a client, which decides who may see its usage; whether an API exists. */
export class UsageRepo {
  constructor(private readonly db: PrismaClient) {}

  /** The developer owning each client, in the order asked; null for a client that does not exist. */
  async ownersOf(clientIds: readonly string[]): Promise<(string | null)[]> {
    const rows = await this.db.oAuthClient.findMany({ where: { id: { in: [...clientIds] } }, select: { id: true, developerId: true } });
    const owners = new Map(rows.map((row) => [row.id, row.developerId]));
    return clientIds.map((id) => owners.get(id) ?? null);
  }

  /** Whether an API of this id exists (a usage series of an unknown API is NOT_FOUND, not zeros). */
  async apiExists(apiId: string): Promise<boolean> {
    return (await this.db.api.count({ where: { id: apiId } })) > 0;
  }
}
