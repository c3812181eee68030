import type { Logger } from 'pino';
import { GatewayUsageUnavailable, type MinuteUsageAck, type MinuteUsageReport } from './gateway-usage.client.ts';
import type { MinuteUsageSource } from './redis-usage.source.ts';
import type { MinuteCounts, UsageBucketsRepo } from './usage-buckets.repo.ts';
import { KEEP_MINUTES, ROLL_UP_AFTER_MINUTES } from './usage-ranges.ts';

/** How often the API collects the gateway's minute counts when started by main.ts. */
export const DEFAULT_COLLECT_INTERVAL_MS = 10_000;
/** Roll-ups and pruning run at most this often. */
const ROLL_UP_EVERY_MS = 60 * 60_000;

export interface CollectorOptions {
  /** Clock in epoch ms; tests move it to roll up and prune. */
  now?: () => number;
}

/**
 * Brings the gateway's per-minute counts into the portal database (docs/decisions/007). Each
 * collection is a list of steps:
 *
 *   acknowledge the last stored minutes and read what the gateway holds -> store (overwrite) ->
 *   remember the acknowledgement -> now and then roll minutes up into hours and prune old rows
 *
 * Runs every 10 s (main.ts) and on demand when someone looks at usage, so a developer who just
 * called the API sees the call. Concurrent requests share one collection.
 */
export class UsageCollector {
  readonly #repo: UsageBucketsRepo;
  readonly #gateway: MinuteUsageSource;
  readonly #logger: Logger;
  readonly #now: () => number;
  #ack: MinuteUsageAck | undefined;
  #inFlight: Promise<boolean> | undefined;
  #collectedAt: number | undefined;
  #lastAttemptAt = 0;
  #rolledUpAt = 0;
  #gatewayAnswering = true;
  #droppedMinutesSeen = 0;
  #timer: NodeJS.Timeout | undefined;

  constructor(repo: UsageBucketsRepo, gateway: MinuteUsageSource, logger: Logger, options: CollectorOptions = {}) {
    this.#repo = repo;
    this.#gateway = gateway;
    this.#logger = logger;
    this.#now = options.now ?? Date.now;
  }

  /** When counts were last stored, as epoch ms; undefined before the first success. */
  get collectedAt(): number | undefined {
    return this.#collectedAt;
  }

  /** Collects now (or joins a collection under way); true when the gateway answered and its counts were stored. */
  collect(): Promise<boolean> {
    this.#inFlight ??= this.#collectOnce().finally(() => {
      this.#inFlight = undefined;
    });
    return this.#inFlight;
  }

  /** Collects every `intervalMs` until stop(); the timer does not keep the process alive. */
  start(intervalMs = DEFAULT_COLLECT_INTERVAL_MS): void {
    if (this.#timer) return;
    // The first run waits one interval: at start-up the gateway may not be listening yet, and a
    // usage query collects on demand anyway.
    this.#timer = setInterval(() => void this.collect(), intervalMs);
    this.#timer.unref();
  }

  /** Stops the timer and waits for a collection under way. */
  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#inFlight;
    await this.#gateway.close?.();
  }

  async #collectOnce(): Promise<boolean> {
    const report = await this.#gateway.collectMinutes(this.#ack);
    this.#lastAttemptAt = this.#now();
    if (report instanceof GatewayUsageUnavailable) {
      if (this.#gatewayAnswering) this.#logger.warn({ reason: report.reason }, 'cannot collect usage from the gateway; usage charts stop moving until it answers');
      this.#gatewayAnswering = false;
      return false;
    }
    if (!this.#gatewayAnswering) this.#logger.info({}, 'collecting usage from the gateway again');
    this.#gatewayAnswering = true;
    try {
      await this.#repo.storeMinutes(storableMinutes(report, this.#nowMinute()));
      this.#noteDroppedMinutes(report);
      // Complete minutes only: the current one keeps growing and is overwritten next time.
      this.#ack = { instance: report.instance, throughMinute: report.currentMinute - 1 };
      this.#collectedAt = this.#lastAttemptAt;
      await this.#rollUpNowAndThen();
      return true;
    } catch (err) {
      this.#logger.error({ err }, 'storing collected usage failed; the gateway keeps the minutes until the next collection');
      return false;
    }
  }

  async #rollUpNowAndThen(): Promise<void> {
    if (this.#now() - this.#rolledUpAt < ROLL_UP_EVERY_MS) return;
    this.#rolledUpAt = this.#now();
    const nowMinute = this.#nowMinute();
    // Whole hours only, so an hour row is made from all of its minutes at once.
    const before = Math.floor((nowMinute - ROLL_UP_AFTER_MINUTES) / 60) * 60;
    const { rolledUp, pruned } = await this.#repo.rollUpAndPrune(before, nowMinute - KEEP_MINUTES);
    if (rolledUp > 0 || pruned > 0) this.#logger.info({ rolledUp, pruned }, 'rolled usage minutes up into hours and pruned old rows');
  }

  #noteDroppedMinutes(report: MinuteUsageReport): void {
    if (report.droppedMinutes > this.#droppedMinutesSeen) {
      this.#logger.warn({ droppedMinutes: report.droppedMinutes }, 'the gateway dropped usage minutes nobody collected; those calls are missing from the charts');
    }
    this.#droppedMinutesSeen = report.droppedMinutes;
  }

  #nowMinute(): number {
    return Math.floor(this.#now() / 60_000);
  }
}

/**
 * The report as rows. Minutes older than the roll-up horizon are left out: they were summed into
 * an hour already (only a gateway holding minutes for two days could send one), and storing them
 * again would count them twice.
 */
function storableMinutes(report: MinuteUsageReport, nowMinute: number): MinuteCounts[] {
  const oldest = nowMinute - ROLL_UP_AFTER_MINUTES + 60;
  return report.minutes
    .filter((m) => m.minute >= oldest)
    .map((m) => ({
      gatewayInstance: report.instance,
      startMinute: m.minute,
      clientId: m.clientId,
      apiId: m.apiId,
      requests: m.requests,
      status2xx: m.statuses['2xx'],
      status3xx: m.statuses['3xx'],
      status4xx: m.statuses['4xx'],
      status5xx: m.statuses['5xx'],
      statusOther: m.statuses.other,
      latencySumMs: m.latencySumMs,
    }));
}
