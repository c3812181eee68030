import { formatDuration, formatPer } from '../../../lib/format-duration.ts';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface DurationOption {
  seconds: number;
  label: string;
}

const options = (seconds: number[], label: (s: number) => string): DurationOption[] => seconds.map((s) => ({ seconds: s, label: label(s) }));

/** Rate-limit periods offered ("100 requests per minute"). */
export const RATE_LIMIT_PERIODS = options([1, MINUTE, HOUR, DAY], formatPer);
/** Quota renewal periods offered ("10,000 requests, renews every 30 days"). */
export const QUOTA_RENEWALS = options([HOUR, DAY, 7 * DAY, 30 * DAY], formatDuration);
/** Key expiries offered on the Configurations tab; none means never. */
export const KEY_EXPIRIES = options([HOUR, DAY, 7 * DAY, 30 * DAY, 90 * DAY, 365 * DAY], formatDuration);

/** The offered options, plus the stored value when it is none of them (set through the API). */
export function withCurrent(list: readonly DurationOption[], current: number | null, label: (s: number) => string): DurationOption[] {
  if (current === null || list.some((o) => o.seconds === current)) return [...list];
  return [...list, { seconds: current, label: label(current) }].sort((a, b) => a.seconds - b.seconds);
}
