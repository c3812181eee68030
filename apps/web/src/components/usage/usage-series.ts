/**
 * Turns a usage series from the API into what the chart draws: stacked bars by status class, a
 * y scale with round ticks, and the words of its labels and accessible summary. No React here,
 * so it is unit-tested on its own (usage-series.test.ts).
 */

export type UsageBucketSize = 'MINUTE' | 'FIVE_MINUTES' | 'FIFTEEN_MINUTES' | 'HOUR' | 'SIX_HOURS' | 'DAY';

/** The counts of one bucket, as UsagePoint in the schema. */
export interface UsageCounts {
  start: string;
  requests: number;
  status2xx: number;
  status3xx: number;
  status4xx: number;
  status5xx: number;
  statusOther: number;
  averageLatencyMs?: number | null;
}

export type StatusClassKey = 'status2xx' | 'status3xx' | 'status4xx' | 'status5xx' | 'statusOther';

/** The stacked series, bottom first; the order and the words of the legend and the table. */
export const STATUS_CLASSES: readonly { key: StatusClassKey; label: string; short: string }[] = [
  { key: 'status2xx', label: '2xx success', short: '2xx' },
  { key: 'status3xx', label: '3xx redirect', short: '3xx' },
  { key: 'status4xx', label: '4xx client error', short: '4xx' },
  { key: 'status5xx', label: '5xx server error', short: '5xx' },
  { key: 'statusOther', label: 'No answer', short: 'no answer' },
];

export interface BarSegment {
  key: StatusClassKey;
  count: number;
  /** Bottom and top of the segment, in requests. */
  from: number;
  to: number;
}

export interface StackedBar {
  start: string;
  total: number;
  /** Non-empty segments only, bottom first. */
  segments: BarSegment[];
}

/** Stacks each point's status classes in STATUS_CLASSES order. */
export function stackBars(points: readonly UsageCounts[]): StackedBar[] {
  return points.map((point) => {
    let top = 0;
    const segments: BarSegment[] = [];
    for (const { key } of STATUS_CLASSES) {
      const count = point[key];
      if (count > 0) {
        segments.push({ key, count, from: top, to: top + count });
        top += count;
      }
    }
    return { start: point.start, total: top, segments };
  });
}

/**
 * A y axis for values up to `max`: a round top (1, 2 or 5 times a power of ten, in whole requests)
 * and the ticks from 0 to it, at most five. An empty chart gets 0..1 so it still has an axis.
 */
export function yScale(max: number): { top: number; ticks: number[] } {
  if (max <= 0) return { top: 1, ticks: [0, 1] };
  const roughStep = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(roughStep));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= roughStep)!);
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= top; tick += step) ticks.push(tick);
  return { top, ticks };
}

/** Bucket sizes under an hour show a time; six hours a day and time; a day a date. */
export function formatBucketStart(startIso: string, bucket: UsageBucketSize, timeZone?: string): string {
  const date = new Date(startIso);
  const zone = timeZone === undefined ? {} : { timeZone };
  if (bucket === 'DAY') return date.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', ...zone });
  if (bucket === 'SIX_HOURS') {
    return date.toLocaleString('en-GB', { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...zone });
  }
  return date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...zone });
}

/** Which bars get an x-axis label: about six, evenly spaced, always the first. */
export function labelledIndexes(count: number, wanted = 6): Set<number> {
  const every = Math.max(1, Math.ceil(count / wanted));
  const indexes = new Set<number>();
  for (let i = 0; i < count; i += every) indexes.add(i);
  return indexes;
}

/** "7 requests: 3 2xx, 1 3xx, 2 4xx, 1 5xx" (classes without requests left out). */
export function describeCounts(counts: Omit<UsageCounts, 'start'>): string {
  const requests = `${counts.requests} ${counts.requests === 1 ? 'request' : 'requests'}`;
  const parts = STATUS_CLASSES.filter(({ key }) => counts[key] > 0).map(({ key, short }) => `${counts[key]} ${short}`);
  return parts.length === 0 ? requests : `${requests}: ${parts.join(', ')}`;
}

/** The rows of the table alternative: only buckets with calls, newest first, as a reader scans for recent activity. */
export function tableRows(points: readonly UsageCounts[]): UsageCounts[] {
  return points.filter((p) => p.requests > 0).reverse();
}
