import { describe, expect, it } from 'vitest';
import { describeCounts, formatBucketStart, labelledIndexes, stackBars, tableRows, yScale, type UsageCounts } from './usage-series.ts';

const point = (start: string, counts: Partial<UsageCounts> = {}): UsageCounts => {
  const c = { status2xx: 0, status3xx: 0, status4xx: 0, status5xx: 0, statusOther: 0, ...counts };
  return { start, requests: c.status2xx + c.status3xx + c.status4xx + c.status5xx + c.statusOther, ...c };
};

describe('stackBars', () => {
  it('stacks the status classes bottom up (2xx, 3xx, 4xx, 5xx, no answer), leaving out empty ones', () => {
    const [busy, quiet] = stackBars([point('2031-01-01T10:00:00.000Z', { status2xx: 3, status4xx: 2, status5xx: 1, statusOther: 1 }), point('2031-01-01T10:01:00.000Z')]);
    expect(busy).toEqual({
      start: '2031-01-01T10:00:00.000Z',
      total: 7,
      segments: [
        { key: 'status2xx', count: 3, from: 0, to: 3 },
        { key: 'status4xx', count: 2, from: 3, to: 5 },
        { key: 'status5xx', count: 1, from: 5, to: 6 },
        { key: 'statusOther', count: 1, from: 6, to: 7 },
      ],
    });
    expect(quiet).toEqual({ start: '2031-01-01T10:01:00.000Z', total: 0, segments: [] });
  });
});

describe('yScale', () => {
  it('rounds the top up to 1, 2 or 5 times a power of ten, with at most five ticks', () => {
    expect(yScale(0)).toEqual({ top: 1, ticks: [0, 1] });
    expect(yScale(1)).toEqual({ top: 1, ticks: [0, 1] });
    expect(yScale(3)).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
    expect(yScale(7)).toEqual({ top: 8, ticks: [0, 2, 4, 6, 8] });
    expect(yScale(37)).toEqual({ top: 40, ticks: [0, 10, 20, 30, 40] });
    expect(yScale(1234)).toEqual({ top: 1500, ticks: [0, 500, 1000, 1500] });
    for (const max of [1, 2, 9, 11, 99, 101, 4999]) {
      const { top, ticks } = yScale(max);
      expect(top).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeLessThanOrEqual(5);
      expect(ticks.every(Number.isInteger)).toBe(true);
    }
  });
});

describe('labels', () => {
  it('formats a bucket start by its size', () => {
    expect(formatBucketStart('2031-01-06T14:05:00.000Z', 'MINUTE', 'UTC')).toBe('14:05');
    expect(formatBucketStart('2031-01-06T18:00:00.000Z', 'SIX_HOURS', 'UTC')).toBe('Mon 18:00');
    expect(formatBucketStart('2031-01-06T00:00:00.000Z', 'DAY', 'UTC')).toBe('Mon 6 Jan');
  });

  it('labels about six evenly spaced bars, the first always', () => {
    expect([...labelledIndexes(60)]).toEqual([0, 10, 20, 30, 40, 50]);
    expect([...labelledIndexes(7)]).toEqual([0, 2, 4, 6]);
    expect([...labelledIndexes(3)]).toEqual([0, 1, 2]);
  });

  it('describes counts in words, and lists only buckets with calls, newest first, for the table', () => {
    expect(describeCounts(point('x', { status2xx: 3, status3xx: 1, status4xx: 2, status5xx: 1 }))).toBe('7 requests: 3 2xx, 1 3xx, 2 4xx, 1 5xx');
    expect(describeCounts(point('x', { statusOther: 1 }))).toBe('1 request: 1 no answer');
    expect(describeCounts(point('x'))).toBe('0 requests');
    const rows = tableRows([point('a', { status2xx: 1 }), point('b'), point('c', { status5xx: 2 })]);
    expect(rows.map((r) => r.start)).toEqual(['c', 'a']);
  });
});
