import type { TableWrites } from '@gatehouse/db';

/**
 * Rows read again and again by every request (the session behind a cookie, the portal settings),
 * kept between requests until one of the tables they come from is written by this process, or
 * anything is committed by another connection (docs/decisions/012-answer-cache.md).
 * Callers get the same object each time and must not change it.
 */
export class ReadCache<T> {
  readonly #entries = new Map<string, T>();
  #version = -1;

  /**
   * @param writes the client's write log; without one (a client not made by createPrismaClient)
   *   nothing is kept.
   * @param maxEntries the oldest entry goes when a new one would pass this.
   */
  constructor(
    private readonly writes: TableWrites | undefined,
    private readonly tables: readonly string[],
    private readonly maxEntries = 10_000,
  ) {}

  async get(key: string, read: () => Promise<T>): Promise<T> {
    if (!this.writes) return read();
    await this.writes.refresh();
    const version = this.writes.versionOf(this.tables);
    if (version !== this.#version) {
      this.#entries.clear();
      this.#version = version;
    }
    if (this.#entries.has(key)) return this.#entries.get(key)!;
    const value = await read();
    // Keep it only if nothing was written meanwhile: the read may predate that write.
    if (this.writes.versionOf(this.tables) === version) {
      if (this.#entries.size >= this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
      this.#entries.set(key, value);
    }
    return value;
  }
}
