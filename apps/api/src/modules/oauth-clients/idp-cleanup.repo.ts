import type { IdpCleanup, PrismaClient, User } from '@gatehouse/db';
import type { Page } from '../common/connection.ts';

/** IdpCleanup.state (prisma/schema.prisma). */
export type IdpCleanupState = 'REGISTERING' | 'NOT_STORED' | 'OUTCOME_UNKNOWN' | 'LEFT_AT_IDP';

export type IdpCleanupRecord = IdpCleanup & { developer: User | null };

/** What is known about a registration before the IdP is called. */
export interface RegistrationAttempt {
  developerId: string;
  provider: string;
  registrationEndpoint: string;
  clientName: string;
}

/** What the IdP answered, enough to delete the client there later. */
export interface RegisteredAtIdp {
  clientId: string;
  registrationClientUri: string | null;
  registrationAccessTokenEnc: string | null;
}

export type IdpCleanupLeftAtIdp = RegistrationAttempt & RegisteredAtIdp & { problem: string };

/**
 * The journal of registrations the portal does not (yet) hold. Every registration writes an
 * entry before the IdP is called; storing the client removes it (OAuthClientRepo), so what
 * remains is exactly what an admin must look at.
 */
export class IdpCleanupRepo {
  constructor(private readonly db: PrismaClient) {}

  begin(attempt: RegistrationAttempt): Promise<IdpCleanup> {
    return this.db.idpCleanup.create({ data: { ...attempt, state: 'REGISTERING' satisfies IdpCleanupState } });
  }

  /** The IdP answered with a client: keep its id and RFC 7592 means until it is stored. */
  async noteRegistered(id: string, registered: RegisteredAtIdp): Promise<void> {
    await this.db.idpCleanup.update({ where: { id }, data: registered });
  }

  async markFor(id: string, state: Exclude<IdpCleanupState, 'REGISTERING'>, problem: string): Promise<void> {
    await this.db.idpCleanup.update({ where: { id }, data: { state, problem } });
  }

  async remove(id: string): Promise<void> {
    await this.db.idpCleanup.deleteMany({ where: { id } });
  }

  /** Registrations a previous run of the API began and never finished (it stopped mid-way). */
  listInterrupted(startedBefore: Date): Promise<IdpCleanup[]> {
    return this.db.idpCleanup.findMany({
      where: { state: 'REGISTERING' satisfies IdpCleanupState, createdAt: { lt: startedBefore } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  findById(id: string): Promise<IdpCleanupRecord | null> {
    return this.db.idpCleanup.findUnique({ where: { id }, include: { developer: true } });
  }

  /**
   * Oldest first: the longest-standing problem on top. REGISTERING entries younger than
   * `registeringSince` are calls in progress, not problems, and are left out.
   */
  list(page: Page, registeringSince: Date): Promise<IdpCleanupRecord[]> {
    return this.db.idpCleanup.findMany({
      where: { OR: [{ state: { not: 'REGISTERING' } }, { createdAt: { lt: registeringSince } }] },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: page.take,
      ...(page.afterId ? { cursor: { id: page.afterId }, skip: 1 } : {}),
      include: { developer: true },
    });
  }
}
