import { describe, expect, it } from 'vitest';
import { formatRemaining } from './format-remaining.ts';

describe('formatRemaining', () => {
  it('says hours and minutes, minutes and seconds, or seconds', () => {
    expect(formatRemaining(3900)).toBe('1 h 5 min');
    expect(formatRemaining(3552.9)).toBe('59 min 12 s');
    expect(formatRemaining(12)).toBe('12 s');
    expect(formatRemaining(-5)).toBe('0 s');
  });
});
