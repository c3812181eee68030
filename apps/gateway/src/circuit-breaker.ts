/** What a breaker reports to the health endpoint. */
export interface BreakerState {
  /** false while the breaker is open: the dependency is not being called. */
  available: boolean;
  /** ISO date the breaker opened, while it is open. */
  unavailableSince?: string;
}

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the breaker (default 3). */
  failuresToOpen?: number;
  /** How long an open breaker refuses calls before it lets one trial call through (default 5 s). */
  openForMs?: number;
  /** Called when the breaker opens (with the failure that opened it) and when it closes again. */
  onChange?: (available: boolean, err?: unknown) => void;
}

/**
 * Stops calling a dependency that keeps failing, so requests do not each wait for its timeout:
 * after `failuresToOpen` failures in a row it opens; while open, `allows()` is false except for
 * one trial call every `openForMs`; the first success closes it.
 */
export class CircuitBreaker {
  readonly #failuresToOpen: number;
  readonly #openForMs: number;
  readonly #onChange: (available: boolean, err?: unknown) => void;
  #failures = 0;
  #openedAt: number | undefined;
  #nextTrialAt = 0;

  constructor({ failuresToOpen = 3, openForMs = 5000, onChange = () => {} }: CircuitBreakerOptions = {}) {
    this.#failuresToOpen = failuresToOpen;
    this.#openForMs = openForMs;
    this.#onChange = onChange;
  }

  /** Whether to call the dependency now. When open, true once per `openForMs` (the trial call). */
  allows(): boolean {
    if (this.#openedAt === undefined) return true;
    const now = Date.now();
    if (now < this.#nextTrialAt) return false;
    this.#nextTrialAt = now + this.#openForMs;
    return true;
  }

  succeeded(): void {
    this.#failures = 0;
    if (this.#openedAt === undefined) return;
    this.#openedAt = undefined;
    this.#onChange(true);
  }

  failed(err: unknown): void {
    this.#failures++;
    if (this.#failures >= this.#failuresToOpen) this.open(err);
  }

  /** Opens now, whatever the count: the dependency is known to be gone (its connection closed). */
  open(err: unknown): void {
    if (this.#openedAt !== undefined) return;
    this.#openedAt = Date.now();
    this.#nextTrialAt = this.#openedAt + this.#openForMs;
    this.#onChange(false, err);
  }

  get state(): BreakerState {
    return this.#openedAt === undefined ? { available: true } : { available: false, unavailableSince: new Date(this.#openedAt).toISOString() };
  }
}
