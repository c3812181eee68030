import { performance } from 'node:perf_hooks';
import type { PortalSnapshot } from './portal-snapshot.ts';

/** Upper bounds (inclusive, ms) of the latency histogram; one more bucket counts everything slower. */
export const LATENCY_BUCKETS_MS: readonly number[] = Object.freeze([1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000]);

/** Index of each status class in `ClientCounters.statusClasses`: 0 for anything outside 100-599. */
const STATUS_CLASSES = ['other', '1xx', '2xx', '3xx', '4xx', '5xx'] as const;

interface ClientCounters {
  requests: number;
  statusClasses: Float64Array;
  latencySumMs: number;
  latencyBuckets: Float64Array;
  /** performance.now() of the last request; 0 for none. */
  lastRequestAt: number;
}

/** What GET /_gatehouse/usage answers per client (apps/api/src/modules/usage reads it). */
export interface ClientUsageReport {
  /** The portal's client id (`OAuthClient.id`). */
  id: string;
  requests: number;
  statuses: Record<(typeof STATUS_CLASSES)[number], number>;
  latencyMs: { sum: number; buckets: { le: number | null; count: number }[] };
  /** ISO date of the last request, null when none since `since`. */
  lastRequestAt: string | null;
}

export interface UsageReport {
  /** ISO date the gateway started counting: counters live in its memory and restart with it. */
  since: string;
  clients: ClientUsageReport[];
}

/**
 * Per-client request counters: requests, status classes and a latency histogram. Recording is a
 * few additions into typed arrays allocated once per client; memory is bounded by the clients in
 * the portal (`retainClients` drops deleted ones).
 */
export class UsageCounters {
  readonly #byClient = new Map<string, ClientCounters>();
  readonly #since = new Date().toISOString();

  /**
   * Counts one answered request of a portal client: `startedAt` and `finishedAt` are performance.now()
   * readings at its arrival and at the end of its answer (they become dates only when reported).
   */
  record(clientId: string, status: number, startedAt: number, finishedAt: number): void {
    const latencyMs = finishedAt - startedAt;
    let counters = this.#byClient.get(clientId);
    if (counters === undefined) {
      counters = {
        requests: 0,
        statusClasses: new Float64Array(STATUS_CLASSES.length),
        latencySumMs: 0,
        latencyBuckets: new Float64Array(LATENCY_BUCKETS_MS.length + 1),
        lastRequestAt: 0,
      };
      this.#byClient.set(clientId, counters);
    }
    counters.requests++;
    const statusClass = (status / 100) | 0;
    counters.statusClasses[statusClass >= 1 && statusClass <= 5 ? statusClass : 0]!++;
    counters.latencySumMs += latencyMs;
    let bucket = 0;
    while (bucket < LATENCY_BUCKETS_MS.length && latencyMs > LATENCY_BUCKETS_MS[bucket]!) bucket++;
    counters.latencyBuckets[bucket]!++;
    counters.lastRequestAt = finishedAt;
  }

  /** The counters of the given clients (zeros for a client without requests), or of every client that has some. */
  report(clientIds?: readonly string[]): UsageReport {
    const ids = clientIds ?? [...this.#byClient.keys()];
    return { since: this.#since, clients: ids.map((id) => toReport(id, this.#byClient.get(id))) };
  }

  /** Forgets clients that are not in the snapshot (deleted in the portal). */
  retainClients(snapshot: PortalSnapshot): void {
    for (const clientId of this.#byClient.keys()) if (!snapshot.clientsById.has(clientId)) this.#byClient.delete(clientId);
  }

  /** Number of clients with counters. */
  get size(): number {
    return this.#byClient.size;
  }
}

function toReport(id: string, counters: ClientCounters | undefined): ClientUsageReport {
  const statuses = Object.fromEntries(STATUS_CLASSES.map((name, i) => [name, counters?.statusClasses[i] ?? 0])) as ClientUsageReport['statuses'];
  return {
    id,
    requests: counters?.requests ?? 0,
    statuses,
    latencyMs: {
      sum: counters?.latencySumMs ?? 0,
      buckets: [...LATENCY_BUCKETS_MS, null].map((le, i) => ({ le, count: counters?.latencyBuckets[i] ?? 0 })),
    },
    lastRequestAt: counters && counters.lastRequestAt > 0 ? new Date(performance.timeOrigin + counters.lastRequestAt).toISOString() : null,
  };
}
