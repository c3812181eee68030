import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { IdpCleanupRepo, Lease } from './idp-cleanup.repo.ts';

/**
 * This API replica's hold on the journal entries of the registrations it is making (ADR 009 with
 * several replicas). Each REGISTERING entry names its replica and a lease expiry; while the
 * registration runs, the replica renews the lease three times per lease length. A replica that
 * dies stops renewing, its leases expire, and another replica reconciles those entries
 * (reconcile-interrupted-registrations.ts). A registration that ended without clearing its entry
 * (the database failed the last write) stops being renewed too, so it is reconciled as well.
 */
export class RegistrationLeases {
  /** Unique per process: a restarted replica is a new owner, and waits for its old leases to expire. */
  readonly owner = randomUUID();
  readonly #held = new Set<string>();
  #timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly cleanups: IdpCleanupRepo,
    readonly leaseMs: number,
    private readonly logger: Logger,
  ) {}

  /** A fresh lease of this replica, from `now`. */
  lease(now = Date.now()): Lease {
    return { owner: this.owner, expiresAt: new Date(now + this.leaseMs) };
  }

  /** Runs `operation` while keeping the lease on journal entry `journalId` renewed. */
  async holding<T>(journalId: string, operation: () => Promise<T>): Promise<T> {
    this.#held.add(journalId);
    this.#timer ??= setInterval(() => void this.#renew(), Math.max(1, Math.floor(this.leaseMs / 3)));
    this.#timer.unref();
    try {
      return await operation();
    } finally {
      this.#held.delete(journalId);
      if (this.#held.size === 0) this.stop();
    }
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  async #renew(): Promise<void> {
    try {
      await this.cleanups.renewLeases(this.owner, [...this.#held], this.lease().expiresAt);
    } catch (err) {
      // Renewed again at the next tick; only a whole lease without renewal loses the entry.
      this.logger.warn({ err }, 'could not renew the leases of registrations underway');
    }
  }
}
