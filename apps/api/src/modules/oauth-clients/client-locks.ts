/**
 * Runs management operations on one client one at a time. IdPs rotate the registration access
 * token on use (RFC 7592 section 2.2; Keycloak and Curity on every call), so two concurrent calls
 * would race: the second one's token is already dead.
 */
export interface ClientLocks {
  run<T>(clientId: string, operation: () => Promise<T>): Promise<T>;
}

/** One at a time in this process: enough for a single API process (no REDIS_URL). */
export class InProcessClientLocks implements ClientLocks {
  readonly #tails = new Map<string, Promise<unknown>>();

  async run<T>(clientId: string, operation: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(clientId) ?? Promise.resolve();
    const current = previous.then(operation, operation);
    const tail = current.catch(() => undefined);
    this.#tails.set(clientId, tail);
    try {
      return await current;
    } finally {
      if (this.#tails.get(clientId) === tail) this.#tails.delete(clientId);
    }
  }
}
