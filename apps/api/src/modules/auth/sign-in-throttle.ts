/**
 * Limits on failed sign-ins (OWASP Authentication Cheat Sheet, "Login Throttling"), built so a
 * stranger cannot lock someone else out:
 *
 * - per account and client IP: a few guesses, then that IP waits out the window for that account;
 * - per client IP: one client cannot spray many accounts;
 * - per account, from anywhere: no lock, a delay that grows with each failure and is capped, so
 *   guessing from many addresses stays slow while the real user waits seconds, not minutes. An
 *   address the account signed in from before is spared this delay.
 *
 * Every email typed counts, known or not, so a throttle says nothing about which accounts exist.
 */
export const SIGN_IN_LIMITS = {
  accountFromIp: { failures: 5, windowMs: 15 * 60_000 },
  clientIp: { failures: 30, windowMs: 15 * 60_000 },
  account: { freeFailures: 5, windowMs: 15 * 60_000, firstDelayMs: 1_000, maxDelayMs: 30_000 },
  /** How long an address the account signed in from is remembered. */
  knownIpMs: 30 * 24 * 60 * 60_000,
} as const;

export interface SignInAttempt {
  email: string;
  /** The caller's address; undefined when unknown (then only the account limit applies). */
  clientIp: string | undefined;
}

/**
 * Where the throttle keeps its timestamps, by key. In memory for one API process
 * (MemoryThrottleStore); a shared store lets several processes count together.
 */
export interface ThrottleStore {
  /** The times (ms) recorded under `key` after `since`, oldest first. */
  recent(key: string, since: number): Promise<number[]>;
  /** Records `at` under `key`; it need not be kept longer than `keepMs`. */
  add(key: string, at: number, keepMs: number): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Keys remembered at most; the oldest are forgotten first, so memory stays bounded under a spray. */
const MAX_KEYS = 50_000;

export class MemoryThrottleStore implements ThrottleStore {
  readonly #times = new Map<string, { at: number[]; keepMs: number }>();

  async recent(key: string, since: number): Promise<number[]> {
    return (this.#times.get(key)?.at ?? []).filter((at) => at > since);
  }

  async add(key: string, at: number, keepMs: number): Promise<void> {
    const kept = (this.#times.get(key)?.at ?? []).filter((t) => t > at - keepMs);
    // Re-inserted, so the map's order is least recently written first.
    this.#times.delete(key);
    this.#times.set(key, { at: [...kept, at], keepMs });
    while (this.#times.size > MAX_KEYS) this.#times.delete(this.#times.keys().next().value!);
  }

  async delete(key: string): Promise<void> {
    this.#times.delete(key);
  }
}

export class SignInThrottle {
  constructor(private readonly store: ThrottleStore = new MemoryThrottleStore()) {}

  /** When the attempt may be made again, or null when it may be made now. */
  async retryAt(attempt: SignInAttempt, now: Date): Promise<Date | null> {
    const t = now.getTime();
    let until = 0;
    const { accountFromIp, clientIp, account } = SIGN_IN_LIMITS;
    if (attempt.clientIp) {
      until = Math.max(until, lockedUntil(await this.store.recent(accountIpKey(attempt), t - accountFromIp.windowMs), accountFromIp));
      until = Math.max(until, lockedUntil(await this.store.recent(ipKey(attempt.clientIp), t - clientIp.windowMs), clientIp));
    }
    if (!(await this.#knownIp(attempt, t))) {
      const failures = await this.store.recent(accountKey(attempt.email), t - account.windowMs);
      const extra = failures.length - account.freeFailures;
      if (extra >= 0) until = Math.max(until, failures.at(-1)! + Math.min(account.firstDelayMs * 2 ** extra, account.maxDelayMs));
    }
    return until > t ? new Date(until) : null;
  }

  async recordFailure(attempt: SignInAttempt, now: Date): Promise<void> {
    const t = now.getTime();
    await this.store.add(accountKey(attempt.email), t, SIGN_IN_LIMITS.account.windowMs);
    if (!attempt.clientIp) return;
    await this.store.add(accountIpKey(attempt), t, SIGN_IN_LIMITS.accountFromIp.windowMs);
    await this.store.add(ipKey(attempt.clientIp), t, SIGN_IN_LIMITS.clientIp.windowMs);
  }

  /**
   * A correct password clears the account's failures from that address and remembers the
   * address (not the IP's own count: one success must not unlock a spray).
   */
  async recordSuccess(attempt: SignInAttempt, now: Date): Promise<void> {
    await this.store.delete(accountKey(attempt.email));
    if (!attempt.clientIp) return;
    await this.store.delete(accountIpKey(attempt));
    await this.store.add(knownIpKey(attempt), now.getTime(), SIGN_IN_LIMITS.knownIpMs);
  }

  async #knownIp(attempt: SignInAttempt, t: number): Promise<boolean> {
    return attempt.clientIp !== undefined && (await this.store.recent(knownIpKey(attempt), t - SIGN_IN_LIMITS.knownIpMs)).length > 0;
  }
}

/** The end of a hard limit's lock, or 0: once `failures` fall in the window, until the oldest of them leaves it. */
function lockedUntil(recent: number[], limit: { failures: number; windowMs: number }): number {
  return recent.length >= limit.failures ? recent[recent.length - limit.failures]! + limit.windowMs : 0;
}

const normalEmail = (email: string) => email.trim().toLowerCase();
const accountKey = (email: string) => `account:${normalEmail(email)}`;
const ipKey = (ip: string) => `ip:${ip}`;
const accountIpKey = (attempt: SignInAttempt) => `account-ip:${normalEmail(attempt.email)}|${attempt.clientIp}`;
const knownIpKey = (attempt: SignInAttempt) => `known-ip:${normalEmail(attempt.email)}|${attempt.clientIp}`;
