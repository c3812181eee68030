import pg from 'pg';
import type { TableWrites } from '../table-writes.ts';
import { CHANGES_CHANNEL } from './change-notifications.ts';

/** After a failed connection attempt, requests do not try again for this long. */
const RETRY_AFTER_MS = 1000;

/**
 * One PostgreSQL connection that LISTENs on CHANGES_CHANNEL and tells `writes` which tables
 * other statements have written. It never holds a request up for long: while it is not
 * connected, `sync()` reports "anything may have changed" at once (caches then read through) and
 * a new connection is tried at most once a second, in the background of requests.
 */
export class ChangeListener {
  #client: pg.Client | undefined;
  #connecting: Promise<void> | undefined;
  #failedAt = 0;
  #closed = false;
  /** A round trip not yet sent, shared by everyone who asks before it is. */
  #pendingBarrier: Promise<void> | undefined;
  #lastBarrier: Promise<void> = Promise.resolve();

  constructor(
    private readonly connectionString: string,
    private readonly writes: TableWrites,
  ) {}

  /** Connects in the background. */
  start(): void {
    void this.#ensureConnecting();
  }

  /**
   * Resolves once every write committed before the call has been recorded: PostgreSQL sends a
   * session's pending notices before it answers its next query, so one `SELECT 1` on the
   * listening connection is enough. Concurrent callers share a round trip.
   */
  async sync(): Promise<void> {
    if (!this.#client) await this.#ensureConnecting();
    const client = this.#client;
    if (!client) {
      this.writes.moveAll();
      return;
    }
    try {
      await this.#barrier(client);
    } catch {
      this.#lost(client);
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#connecting;
    const client = this.#client;
    this.#client = undefined;
    await client?.end().catch(() => {});
  }

  #barrier(client: pg.Client): Promise<void> {
    if (this.#pendingBarrier) return this.#pendingBarrier;
    const barrier = this.#lastBarrier.then(async () => {
      // Sent now: callers from here on need the next one.
      this.#pendingBarrier = undefined;
      await client.query('SELECT 1');
    });
    this.#pendingBarrier = barrier;
    this.#lastBarrier = barrier.catch(() => {});
    return barrier;
  }

  #ensureConnecting(): Promise<void> | undefined {
    if (this.#closed || this.#client) return undefined;
    if (!this.#connecting && Date.now() - this.#failedAt >= RETRY_AFTER_MS) {
      this.#connecting = this.#connect().finally(() => (this.#connecting = undefined));
    }
    return this.#connecting;
  }

  async #connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, connectionTimeoutMillis: 5000 });
    client.on('notification', (notice) => {
      if (notice.channel === CHANGES_CHANNEL && notice.payload) this.writes.recordTable(notice.payload);
    });
    client.on('error', () => this.#lost(client));
    client.on('end', () => this.#lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch {
      this.#failedAt = Date.now();
      await client.end().catch(() => {});
      return;
    }
    if (this.#closed) {
      await client.end().catch(() => {});
      return;
    }
    this.#client = client;
    // Writes committed before LISTEN took effect were not heard.
    this.writes.moveAll();
  }

  #lost(client: pg.Client): void {
    if (this.#client !== client) return;
    this.#client = undefined;
    this.#pendingBarrier = undefined;
    this.writes.moveAll();
    void client.end().catch(() => {});
  }
}
