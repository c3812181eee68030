/**
 * Limits on failed sign-ins (OWASP Authentication Cheat Sheet, "Login Throttling"): a password
 * can be guessed only a few times per account, and one client cannot spray many accounts.
 * The account limit applies to every email typed, known or not, so a lockout says nothing about
 * which accounts exist.
 */
export const SIGN_IN_LIMITS = {
  account: { failures: 5, windowMs: 15 * 60_000 },
  clientIp: { failures: 30, windowMs: 15 * 60_000 },
} as const;

type Scope = keyof typeof SIGN_IN_LIMITS;

/** Keys remembered at most; the oldest are forgotten first, so memory stays bounded under a spray. */
const MAX_KEYS = 50_000;

export interface SignInAttempt {
  email: string;
  /** The caller's address; undefined when unknown (then only the account limit applies). */
  clientIp: string | undefined;
}

/**
 * Failed attempts per account and per client IP in a sliding window, in this process's memory
 * (Gatehouse runs one API process; a restart forgets them). Once a key reaches its limit, every
 * attempt is refused, correct password included, until its oldest failure leaves the window.
 */
export class SignInThrottle {
  readonly #failures = new Map<string, number[]>();

  /** When the attempt may be made again, or null when it may be made now. */
  retryAt(attempt: SignInAttempt, now: Date): Date | null {
    let until = 0;
    for (const [scope, key] of this.#keys(attempt)) {
      const { failures, windowMs } = SIGN_IN_LIMITS[scope];
      const recent = this.#recent(key, now.getTime(), windowMs);
      if (recent.length >= failures) until = Math.max(until, recent[recent.length - failures]! + windowMs);
    }
    return until > now.getTime() ? new Date(until) : null;
  }

  recordFailure(attempt: SignInAttempt, now: Date): void {
    for (const [scope, key] of this.#keys(attempt)) {
      const recent = this.#recent(key, now.getTime(), SIGN_IN_LIMITS[scope].windowMs);
      this.#failures.delete(key);
      this.#failures.set(key, [...recent, now.getTime()]);
    }
    while (this.#failures.size > MAX_KEYS) this.#failures.delete(this.#failures.keys().next().value!);
  }

  /** A correct password clears the account's failures (not the IP's: one success must not unlock a spray). */
  recordSuccess(attempt: SignInAttempt): void {
    this.#failures.delete(accountKey(attempt.email));
  }

  #keys(attempt: SignInAttempt): [Scope, string][] {
    const keys: [Scope, string][] = [['account', accountKey(attempt.email)]];
    if (attempt.clientIp) keys.push(['clientIp', `ip:${attempt.clientIp}`]);
    return keys;
  }

  #recent(key: string, now: number, windowMs: number): number[] {
    return (this.#failures.get(key) ?? []).filter((at) => at > now - windowMs);
  }
}

const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
