import type { PrismaClient } from '@gatehouse/db';

export interface DemoDataRows {
  users: { email: string; name: string; role: string; passwordHash: string }[];
  api: { name: string; listenPath: string; upstreamUrl: string; jwksUri: string; issuer: string; audience: string };
  policy: { name: string; rateLimitRequests: number; rateLimitPeriodSeconds: number; quotaMax: number; quotaRenewalSeconds: number; keyExpiresInSeconds: number };
  catalogueEntry: { publicName: string; description: string };
  dcr: {
    provider: string;
    grantTypes: string;
    responseTypes: string;
    tokenEndpointAuthMethod: string;
    idpHost: string;
    registrationEndpoint: string;
    initialAccessTokenEnc: string | null;
  };
}

export class SeedRepo {
  constructor(private readonly db: PrismaClient) {}

  isEmpty(): Promise<boolean> {
    return this.db.user.count().then((n) => n === 0);
  }

  /** The first admin; false when a user with that email exists already (e.g. from the demo data). */
  async createAdminUnlessExists(user: { email: string; name: string; passwordHash: string }): Promise<boolean> {
    const email = user.email.toLowerCase();
    return this.db.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email } })) return false;
      await tx.user.create({ data: { ...user, email, role: 'ADMIN' } });
      await tx.auditEvent.create({ data: { action: 'user.first_admin_created', targetType: 'User', detailsJson: JSON.stringify({ email }) } });
      return true;
    });
  }

  /** Inserts the seed guide's setup in one transaction: all of it or none. */
  async insertDemoData(rows: DemoDataRows): Promise<void> {
    await this.db.$transaction(async (tx) => {
      await tx.portalSettings.create({ data: { id: 1, globalDcr: { create: {} } } });
      for (const user of rows.users) await tx.user.create({ data: user });
      const policy = await tx.policy.create({ data: rows.policy });
      await tx.api.create({
        data: { ...rows.api, defaultPolicy: { connect: { id: policy.id } }, grantedBy: { connect: { id: policy.id } } },
      });
      await tx.catalogueEntry.create({
        data: {
          ...rows.catalogueEntry,
          policy: { connect: { id: policy.id } },
          overrideGlobalDcr: true,
          dcrOverride: { create: { enabled: true, ...rows.dcr } },
        },
      });
    });
  }
}
