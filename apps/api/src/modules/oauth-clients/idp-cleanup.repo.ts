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

/** Which API replica holds a REGISTERING entry, and until when (registration-leases.ts). */
export interface Lease {
  owner: string;
  expiresAt: Date;
}

const REGISTERING = 'REGISTERING' satisfies IdpCleanupState;

/**
 * A replica went on with a registration whose lease had expired (it could not renew it for a
 * whole lease, e.g. cut off from the database), and another replica took the entry over.
 */
export class LeaseLostError extends Error {
  constructor(journalId: string) {
    super(`the registration's journal entry ${journalId} was taken over by another API replica after its lease expired`);
    this.name = 'LeaseLostError';
  }
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

  /**
   * The entry claims the create request's idempotency key while REGISTERING: fails with a unique
   * violation while another registration holds the same key for the developer.
   */
  begin(attempt: RegistrationAttempt & { idempotencyKey: string }, lease: Lease): Promise<IdpCleanup> {
    return this.db.idpCleanup.create({ data: { ...attempt, state: REGISTERING, leaseOwner: lease.owner, leaseExpiresAt: lease.expiresAt } });
  }

  /**
   * The IdP answered with a client: keep its id and RFC 7592 means until it is stored. False when
   * the lease was lost (another replica took the entry over as interrupted); nothing is written then.
   */
  async noteRegistered(id: string, owner: string, registered: RegisteredAtIdp): Promise<boolean> {
    const { count } = await this.db.idpCleanup.updateMany({ where: { id, state: REGISTERING, leaseOwner: owner }, data: registered });
    return count === 1;
  }

  /** The entry stops being a registration underway; its idempotency key is free again for a retry. */
  async markFor(id: string, state: Exclude<IdpCleanupState, 'REGISTERING'>, problem: string): Promise<void> {
    await this.db.idpCleanup.update({ where: { id }, data: { state, problem, idempotencyKey: null } });
  }

  /** The registration underway for this key, if any (another replica may be making it). */
  findRegistering(developerId: string, idempotencyKey: string): Promise<IdpCleanup | null> {
    return this.db.idpCleanup.findFirst({ where: { developerId, idempotencyKey, state: REGISTERING } });
  }

  /** The owner's registrations underway stay its own until `expiresAt`. */
  async renewLeases(owner: string, ids: string[], expiresAt: Date): Promise<void> {
    await this.db.idpCleanup.updateMany({ where: { id: { in: ids }, state: REGISTERING, leaseOwner: owner }, data: { leaseExpiresAt: expiresAt } });
  }

  /**
   * Takes over an interrupted registration, atomically: of several replicas reconciling at once,
   * exactly one gets true, and only while the entry's lease is still expired at `now`.
   */
  async claimInterrupted(id: string, now: Date, lease: Lease): Promise<boolean> {
    const { count } = await this.db.idpCleanup.updateMany({
      where: { id, state: REGISTERING, leaseExpiresAt: { lt: now } },
      data: { leaseOwner: lease.owner, leaseExpiresAt: lease.expiresAt },
    });
    return count === 1;
  }

  async remove(id: string): Promise<void> {
    await this.db.idpCleanup.deleteMany({ where: { id } });
  }

  /** Registrations whose replica stopped renewing their lease before `now` (it died mid-way). */
  listInterrupted(now: Date): Promise<IdpCleanup[]> {
    return this.db.idpCleanup.findMany({
      where: { state: REGISTERING, leaseExpiresAt: { lt: now } },
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
