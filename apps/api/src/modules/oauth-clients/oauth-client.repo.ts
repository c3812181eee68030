import { Prisma, type CatalogueEntry, type DcrSettings, type OAuthClient, type Policy, type PrismaClient } from '@gatehouse/db';
import type { Page } from '../common/connection.ts';

export type OAuthClientRecord = OAuthClient & {
  catalogueEntries: (CatalogueEntry & { policy: Policy; dcrOverride: DcrSettings | null })[];
};

const include = { catalogueEntries: { include: { policy: true, dcrOverride: true } } } as const;

export interface NewOAuthClient {
  developerId: string;
  clientId: string;
  registrationEndpoint: string;
  provider: string;
  clientName: string;
  clientSecretEnc: string | null;
  clientSecretExpiresAt: number | null;
  registrationAccessTokenEnc: string | null;
  registrationClientUri: string | null;
  metadataJson: string;
  tokenEndpoint: string | null;
  idempotencyKey: string;
  catalogueEntryIds: string[];
}

export class OAuthClientRepo {
  constructor(private readonly db: PrismaClient) {}

  create({ catalogueEntryIds, ...data }: NewOAuthClient): Promise<OAuthClientRecord> {
    return this.db.oAuthClient.create({
      data: { ...data, catalogueEntries: { connect: catalogueEntryIds.map((id) => ({ id })) } },
      include,
    });
  }

  findById(id: string): Promise<OAuthClientRecord | null> {
    return this.db.oAuthClient.findUnique({ where: { id }, include });
  }

  findByIdempotencyKey(developerId: string, idempotencyKey: string): Promise<OAuthClientRecord | null> {
    return this.db.oAuthClient.findUnique({ where: { developerId_idempotencyKey: { developerId, idempotencyKey } }, include });
  }

  /** Newest first; the id breaks ties so the cursor is stable. */
  listByDeveloper(developerId: string, page: Page): Promise<OAuthClientRecord[]> {
    return this.db.oAuthClient.findMany({
      where: { developerId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: page.take,
      ...(page.afterId ? { cursor: { id: page.afterId }, skip: 1 } : {}),
      include,
    });
  }
}

/** True when a write failed on a unique constraint (Prisma P2002), e.g. a repeated idempotency key. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
