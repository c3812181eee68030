import { databaseKindOf, type PrismaClient } from '@gatehouse/db';

/** Key of the advisory lock replicas take to seed an empty PostgreSQL database (any constant no other lock uses). */
const FIRST_START_LOCK = 7_269_620_001;

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
  constructor(
    private readonly db: PrismaClient,
    private readonly databaseUrl: string,
  ) {}

  /**
   * Runs `seed` once at a time across every process on this database: on PostgreSQL under a
   * transaction-scoped advisory lock, so replicas that start together on an empty database wait
   * for the first to finish and then find its users. The lock's transaction only holds the lock;
   * `seed` writes through the client's other connections. SQLite has one API process, and a
   * transaction held open there would block `seed`'s own writes (one connection), so no lock.
   */
  async oneAtATime<T>(seed: () => Promise<T>): Promise<T> {
    if (databaseKindOf(this.databaseUrl) !== 'postgresql') return seed();
    return this.db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT pg_advisory_xact_lock(${FIRST_START_LOCK}::bigint)::text AS locked`;
        return seed();
      },
      // Loading the demo data hashes passwords: far longer than Prisma's 5 s default.
      { maxWait: 10_000, timeout: 120_000 },
    );
  }

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
