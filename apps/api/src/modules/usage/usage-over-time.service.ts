import type { UsageBucketSize, UsageRange } from '../../generated/graphql.ts';
import { notFound } from '../common/errors.ts';
import { requireViewer, type Viewer } from '../common/viewer.ts';
import type { UsageCollector } from './usage-collector.ts';
import type { BucketSums, SeriesScope, StatusCounts, UsageBucketsRepo } from './usage-buckets.repo.ts';
import type { UsageRepo } from './usage.repo.ts';
import { BUCKET_MINUTES, USAGE_RANGES, usageWindow, type UsageWindow } from './usage-ranges.ts';

export interface UsagePoint extends StatusCounts {
  start: string;
  averageLatencyMs: number | null;
}

export type UsageOverTimeResult =
  | {
      __typename: 'UsageOverTime';
      range: UsageRange;
      bucket: UsageBucketSize;
      from: string;
      to: string;
      points: UsagePoint[];
      total: UsagePoint;
      collectedAt: string | null;
      upToDate: boolean;
    }
  | { __typename: 'ValidationError'; message: string; fieldErrors: { path: string; message: string }[] };

export interface UsageOverTimeArgs {
  range: UsageRange;
  bucket?: UsageBucketSize | null;
}

/** What UsageOverTimeService works with; create-usage-services.ts builds it. */
export interface UsageOverTimeDeps {
  /** Who owns each client, and which APIs exist. */
  owners: UsageRepo;
  buckets: UsageBucketsRepo;
  /** Asked for the gateway's latest counts before each series is read. */
  collector: UsageCollector;
}

/**
 * Usage over time from the rows the collector stored: per client (its owner and admins) and per
 * API (admins: every client; a developer: their own clients). Each query first asks the gateway
 * for its latest counts, so a call made a second ago shows.
 */
export class UsageOverTimeService {
  private readonly now = Date.now;

  constructor(private readonly deps: UsageOverTimeDeps) {}

  async forClient(viewer: Viewer | null, clientId: string, args: UsageOverTimeArgs & { apiId?: string | null }): Promise<UsageOverTimeResult> {
    const v = requireViewer(viewer);
    const [owner] = await this.deps.owners.ownersOf([clientId]);
    if (owner === null || owner === undefined || (owner !== v.id && v.role !== 'ADMIN')) throw notFound('OAuth client');
    return this.#series({ clientId, ...(args.apiId ? { apiId: args.apiId } : {}) }, args);
  }

  async forApi(viewer: Viewer | null, apiId: string, args: UsageOverTimeArgs): Promise<UsageOverTimeResult> {
    const v = requireViewer(viewer);
    if (!(await this.deps.owners.apiExists(apiId))) throw notFound('API');
    return this.#series(v.role === 'ADMIN' ? { apiId } : { apiId, developerId: v.id }, args);
  }

  async #series(scope: SeriesScope, { range, bucket: asked }: UsageOverTimeArgs): Promise<UsageOverTimeResult> {
    const rule = USAGE_RANGES[range];
    const bucket = asked ?? rule.defaultBucket;
    if (!rule.buckets.includes(bucket)) {
      const allowed = rule.buckets.join(', ');
      return {
        __typename: 'ValidationError',
        message: `Usage over ${range} cannot be shown in ${bucket} buckets.`,
        fieldErrors: [{ path: 'bucket', message: `Choose one of ${allowed}, or leave bucket out for ${rule.defaultBucket}.` }],
      };
    }
    const upToDate = await this.deps.collector.collect();
    const window = usageWindow(range, bucket, Math.floor(this.now() / 60_000));
    const sums = await this.deps.buckets.series(scope, window.first, window.end, BUCKET_MINUTES[bucket]);
    const collectedAt = this.deps.collector.collectedAt;
    return {
      __typename: 'UsageOverTime',
      range,
      bucket,
      from: isoMinute(window.first),
      to: isoMinute(window.end),
      points: fillBuckets(window, sums),
      total: toPoint(window.first, sums.reduce(addSums, emptySums(window.first))),
      collectedAt: collectedAt === undefined ? null : new Date(collectedAt).toISOString(),
      upToDate,
    };
  }
}

/** One point per bucket of the window, zeros where nothing was called, oldest first. */
export function fillBuckets(window: UsageWindow, sums: readonly BucketSums[]): UsagePoint[] {
  const byStart = new Map(sums.map((s) => [s.start, s]));
  return Array.from({ length: window.count }, (_, i) => {
    const start = window.first + i * window.bucketMinutes;
    return toPoint(start, byStart.get(start) ?? emptySums(start));
  });
}

function emptySums(start: number): BucketSums {
  return { start, requests: 0, status2xx: 0, status3xx: 0, status4xx: 0, status5xx: 0, statusOther: 0, latencySumMs: 0 };
}

function addSums(a: BucketSums, b: BucketSums): BucketSums {
  return {
    start: a.start,
    requests: a.requests + b.requests,
    status2xx: a.status2xx + b.status2xx,
    status3xx: a.status3xx + b.status3xx,
    status4xx: a.status4xx + b.status4xx,
    status5xx: a.status5xx + b.status5xx,
    statusOther: a.statusOther + b.statusOther,
    latencySumMs: a.latencySumMs + b.latencySumMs,
  };
}

function toPoint(start: number, { latencySumMs, ...counts }: BucketSums): UsagePoint {
  return {
    ...counts,
    start: isoMinute(start),
    averageLatencyMs: counts.requests > 0 ? latencySumMs / counts.requests : null,
  };
}

const isoMinute = (minute: number) => new Date(minute * 60_000).toISOString();
