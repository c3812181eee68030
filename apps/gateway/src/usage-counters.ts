import { performance } from 'node:perf_hooks';
import type { PortalSnapshot } from './portal-snapshot.ts';

/** Upper bounds (inclusive, ms) of the latency histogram; one more bucket counts everything slower. */
export const LATENCY_BUCKETS_MS: readonly number[] = Object.freeze([1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000]);

/** Index of each status class in `ClientCounters.statusClasses`: 0 for anything outside 100-599. */
export const STATUS_CLASSES = ['other', '1xx', '2xx', '3xx', '4xx', '5xx'] as const;

interface ClientCounters {
  requests: number;
  statusClasses: Float64Array;
  latencySumMs: number;
  latencyBuckets: Float64Array;
  /** performance.now() of the last request; 0 for none. */
  lastRequestAt: number;
  /** What the last takeChanges() saw, created by the first one (only with shared totals). */
  taken?: { requests: number; statusClasses: Float64Array; latencySumMs: number; latencyBuckets: Float64Array };
}

/** What one client added since the last takeChanges(), for the totals shared in Redis (redis-usage-totals.ts). */
export interface UsageTotalsChange {
  id: string;
  requests: number;
  /** Indexed as STATUS_CLASSES. */
  statuses: readonly number[];
  latencySumMs: number;
  /** Indexed as LATENCY_BUCKETS_MS, then one for slower. */
  buckets: readonly number[];
  /** Epoch milliseconds of the last request. */
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
  /** Clients forgotten since the last takeForgotten(); kept only once changes are taken. */
  #forgotten: string[] | undefined;

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
    for (const clientId of this.#byClient.keys()) {
      if (snapshot.clientsById.has(clientId)) continue;
      this.#byClient.delete(clientId);
      this.#forgotten?.push(clientId);
    }
  }

  /**
   * What each client added since the last call (off the request path: the Redis flush calls it
   * once a second; each call walks the clients with counters, bounded by the portal's clients).
   */
  takeChanges(): UsageTotalsChange[] {
    this.#forgotten ??= [];
    const changes: UsageTotalsChange[] = [];
    for (const [id, counters] of this.#byClient) {
      const taken = (counters.taken ??= {
        requests: 0,
        statusClasses: new Float64Array(STATUS_CLASSES.length),
        latencySumMs: 0,
        latencyBuckets: new Float64Array(LATENCY_BUCKETS_MS.length + 1),
      });
      if (counters.requests === taken.requests) continue;
      changes.push({
        id,
        requests: counters.requests - taken.requests,
        statuses: Array.from(counters.statusClasses, (n, i) => n - taken.statusClasses[i]!),
        latencySumMs: counters.latencySumMs - taken.latencySumMs,
        buckets: Array.from(counters.latencyBuckets, (n, i) => n - taken.latencyBuckets[i]!),
        lastRequestAt: Math.round(performance.timeOrigin + counters.lastRequestAt),
      });
      taken.requests = counters.requests;
      taken.statusClasses.set(counters.statusClasses);
      taken.latencySumMs = counters.latencySumMs;
      taken.latencyBuckets.set(counters.latencyBuckets);
    }
    return changes;
  }

  /** Clients deleted in the portal since the last call, whose shared totals should go too. */
  takeForgotten(): string[] {
    const forgotten = this.#forgotten ?? [];
    this.#forgotten = [];
    return forgotten;
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
