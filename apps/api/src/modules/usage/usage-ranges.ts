import type { UsageBucketSize, UsageRange } from '../../generated/graphql.ts';

/** Minutes in each bucket size. Buckets are aligned to whole multiples since the Unix epoch (UTC). */
export const BUCKET_MINUTES: Readonly<Record<UsageBucketSize, number>> = {
  MINUTE: 1,
  FIVE_MINUTES: 5,
  FIFTEEN_MINUTES: 15,
  HOUR: 60,
  SIX_HOURS: 360,
  DAY: 1440,
};

export interface UsageRangeRule {
  /** Length of the range, ending with the bucket now filling. */
  minutes: number;
  /** Bucket sizes this range may be drawn with: at most a few hundred points, and no finer than the rows kept that far back. */
  buckets: readonly UsageBucketSize[];
  /** The size used when the caller names none: a chart of a few dozen bars. */
  defaultBucket: UsageBucketSize;
}

/**
 * The ranges usage is shown over. Minute rows are rolled up into hours after ROLL_UP_AFTER_MINUTES
 * (48 h), so ranges reaching further back only allow buckets of an hour or more.
 */
export const USAGE_RANGES: Readonly<Record<UsageRange, UsageRangeRule>> = {
  LAST_HOUR: { minutes: 60, buckets: ['MINUTE', 'FIVE_MINUTES', 'FIFTEEN_MINUTES'], defaultBucket: 'MINUTE' },
  LAST_24_HOURS: { minutes: 1440, buckets: ['FIVE_MINUTES', 'FIFTEEN_MINUTES', 'HOUR'], defaultBucket: 'HOUR' },
  LAST_7_DAYS: { minutes: 10_080, buckets: ['HOUR', 'SIX_HOURS', 'DAY'], defaultBucket: 'SIX_HOURS' },
};

/** Minute rows older than this are summed into hour rows (docs/decisions/007-usage-over-time.md). */
export const ROLL_UP_AFTER_MINUTES = 48 * 60;
/** Rows older than this are deleted: the longest range is 7 days; 30 leave room for a monthly view. */
export const KEEP_MINUTES = 30 * 24 * 60;

/** The buckets of a range ending now: `first` is the start of the oldest, in epoch minutes. */
export interface UsageWindow {
  bucketMinutes: number;
  first: number;
  count: number;
  /** Exclusive end: the end of the bucket now filling. */
  end: number;
}

export function usageWindow(range: UsageRange, bucket: UsageBucketSize, nowMinute: number): UsageWindow {
  const bucketMinutes = BUCKET_MINUTES[bucket];
  const count = Math.ceil(USAGE_RANGES[range].minutes / bucketMinutes);
  const last = Math.floor(nowMinute / bucketMinutes) * bucketMinutes;
  return { bucketMinutes, first: last - (count - 1) * bucketMinutes, count, end: last + bucketMinutes };
}
