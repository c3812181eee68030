import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';

/** Minutes held for the portal API by default: an hour of calls survives an API restart or outage. */
export const DEFAULT_MAX_HELD_MINUTES = 60;

// Layout of one cell (one client, one API, one minute): a few additions per request, no allocation.
const REQUESTS = 0;
const OTHER = 1; // no final status (the caller left first) or a 1xx
const STATUS_2XX = 2; // 2xx..5xx follow: index = status class
const LATENCY_SUM = 6;
const CELL_SIZE = 7;

type Cells = Map<string, Map<string, Float64Array>>; // clientId -> apiId -> cell

/** One client's calls to one API in one minute, as POST /_gatehouse/usage/minutes reports them. */
export interface MinuteUsageRow {
  /** Start of the minute, in whole minutes since the Unix epoch (UTC). */
  minute: number;
  /** The portal's client id (`OAuthClient.id`). */
  clientId: string;
  /** The portal's API id (`Api.id`). */
  apiId: string;
  requests: number;
  statuses: { '2xx': number; '3xx': number; '4xx': number; '5xx': number; other: number };
  /** Sum of the requests' latencies, in milliseconds. */
  latencySumMs: number;
}

/** What the gateway hands the portal API: absolute counts of every minute not yet acknowledged. */
export interface MinuteUsageReport {
  /** Random id of this gateway process: its counts start from zero, so the API stores them apart. */
  instance: string;
  /** ISO date this process started counting. */
  since: string;
  /** The minute now being counted: it is still growing; earlier minutes are complete. */
  currentMinute: number;
  /** Minutes discarded unacknowledged because more than the bound were held (the API did not collect). */
  droppedMinutes: number;
  minutes: MinuteUsageRow[];
}

/** "The portal API stored every complete minute up to and including `throughMinute` of `instance`." */
export interface MinuteUsageAck {
  instance: string;
  throughMinute: number;
}

/**
 * Calls per client, per API, per minute and per status class, with their latency sum, held until
 * the portal API acknowledges it stored them (docs/decisions/007-usage-over-time.md). Counts are
 * absolute per minute, so a report read twice is stored once: the API overwrites, never adds.
 * Memory is bounded: at most `maxHeldMinutes` minutes are held; when the API does not collect,
 * the oldest minute is dropped and counted in `droppedMinutes`.
 */
export class MinuteUsage {
  readonly instance = randomUUID();
  readonly #since = new Date().toISOString();
  readonly #maxHeldMinutes: number;
  readonly #minutes = new Map<number, Cells>();
  #currentMinute = -1;
  #current: Cells = new Map();
  #droppedMinutes = 0;

  constructor({ maxHeldMinutes = DEFAULT_MAX_HELD_MINUTES }: { maxHeldMinutes?: number } = {}) {
    this.#maxHeldMinutes = maxHeldMinutes;
  }

  /**
   * Counts one answered request at the minute it finished. `startedAt` and `finishedAt` are
   * performance.now() readings (as for UsageCounters); status 0 means no answer was sent.
   */
  record(clientId: string, apiId: string, status: number, startedAt: number, finishedAt: number): void {
    const minute = minuteAt(finishedAt);
    if (minute !== this.#currentMinute) this.#enter(minute);
    let byApi = this.#current.get(clientId);
    if (byApi === undefined) {
      byApi = new Map();
      this.#current.set(clientId, byApi);
    }
    let cell = byApi.get(apiId);
    if (cell === undefined) {
      cell = new Float64Array(CELL_SIZE);
      byApi.set(apiId, cell);
    }
    const statusClass = (status / 100) | 0;
    cell[REQUESTS]!++;
    cell[statusClass >= 2 && statusClass <= 5 ? STATUS_2XX + statusClass - 2 : OTHER]!++;
    cell[LATENCY_SUM]! += finishedAt - startedAt;
  }

  /**
   * Forgets the complete minutes the API acknowledged (an ack of another process is ignored: it
   * is about counts this one never had), then reports every minute still held, oldest first.
   */
  collect(ack?: MinuteUsageAck): MinuteUsageReport {
    const currentMinute = minuteAt(performance.now());
    if (ack !== undefined && ack.instance === this.instance) {
      for (const minute of [...this.#minutes.keys()]) {
        if (minute > ack.throughMinute || minute >= currentMinute) continue;
        this.#minutes.delete(minute);
        if (minute === this.#currentMinute) this.#currentMinute = -1;
      }
    }
    const minutes: MinuteUsageRow[] = [];
    for (const minute of [...this.#minutes.keys()].sort((a, b) => a - b)) {
      for (const [clientId, byApi] of this.#minutes.get(minute)!) {
        for (const [apiId, cell] of byApi) minutes.push(toRow(minute, clientId, apiId, cell));
      }
    }
    return { instance: this.instance, since: this.#since, currentMinute, droppedMinutes: this.#droppedMinutes, minutes };
  }

  /**
   * Every count held, current minute included, and forgets them all: for a gateway that adds its
   * counts into Redis (redis-usage.ts) instead of holding them for the API.
   */
  drain(): MinuteUsageRow[] {
    const rows: MinuteUsageRow[] = [];
    for (const [minute, cells] of this.#minutes) {
      for (const [clientId, byApi] of cells) for (const [apiId, cell] of byApi) rows.push(toRow(minute, clientId, apiId, cell));
    }
    this.#minutes.clear();
    this.#currentMinute = -1;
    return rows;
  }

  /** Number of minutes held (for tests of the bound). */
  get heldMinutes(): number {
    return this.#minutes.size;
  }

  #enter(minute: number): void {
    let cells = this.#minutes.get(minute);
    if (cells === undefined) {
      cells = new Map();
      this.#minutes.set(minute, cells);
      while (this.#minutes.size > this.#maxHeldMinutes) {
        // The oldest minute goes first. Keys are nearly always in order; min() also copes with a
        // wall clock that stepped back.
        this.#minutes.delete(Math.min(...this.#minutes.keys()));
        this.#droppedMinutes++;
      }
    }
    this.#currentMinute = minute;
    this.#current = cells;
  }
}

/** The wall-clock minute of a performance.now() reading (timeOrigin + monotonic: never steps back). */
function minuteAt(performanceNow: number): number {
  return Math.floor((performance.timeOrigin + performanceNow) / 60_000);
}

function toRow(minute: number, clientId: string, apiId: string, cell: Float64Array): MinuteUsageRow {
  return {
    minute,
    clientId,
    apiId,
    requests: cell[REQUESTS]!,
    statuses: { '2xx': cell[STATUS_2XX]!, '3xx': cell[STATUS_2XX + 1]!, '4xx': cell[STATUS_2XX + 2]!, '5xx': cell[STATUS_2XX + 3]!, other: cell[OTHER]! },
    latencySumMs: cell[LATENCY_SUM]!,
  };
}
