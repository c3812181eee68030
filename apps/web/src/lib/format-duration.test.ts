import { describe, expect, it } from 'vitest';
import { formatDuration, formatPer } from './format-duration.ts';

describe('formatDuration', () => {
  it.each([
    [1, '1 second'],
    [90, '90 seconds'],
    [60, '1 minute'],
    [3_600, '1 hour'],
    [5_400, '90 minutes'],
    [86_400, '1 day'],
    [2_592_000, '30 days'],
    [31_536_000, '365 days'],
  ])('%i seconds is %s', (seconds, words) => {
    expect(formatDuration(seconds)).toBe(words);
  });
});

describe('formatPer', () => {
  it('drops the 1 of a single unit', () => {
    expect(formatPer(60)).toBe('per minute');
    expect(formatPer(1)).toBe('per second');
  });

  it('keeps a count above one', () => {
    expect(formatPer(2_592_000)).toBe('per 30 days');
    expect(formatPer(86_400_000)).toBe('per 1,000 days');
  });
});
