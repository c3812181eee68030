import type { PrismaClient } from '@gatehouse/db';
import type { ApiDefinition } from './api-definition.ts';

/** Data access for the gateway: the only file of this app that talks to Prisma. */
export interface ApiDefinitionsRepo {
  /** Every active API, in a stable order. */
  listActive(): Promise<ApiDefinition[]>;
}

export function createApiDefinitionsRepo(prisma: PrismaClient): ApiDefinitionsRepo {
  return {
    listActive: () =>
      prisma.api.findMany({
        where: { active: true },
        orderBy: { listenPath: 'asc' },
        select: {
          id: true,
          name: true,
          listenPath: true,
          upstreamUrl: true,
          jwksUri: true,
          issuer: true,
          audience: true,
          identitySource: true,
        },
      }),
  };
}
