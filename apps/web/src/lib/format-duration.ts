const units = [
  { seconds: 86_400, one: 'day', many: 'days' },
  { seconds: 3_600, one: 'hour', many: 'hours' },
  { seconds: 60, one: 'minute', many: 'minutes' },
  { seconds: 1, one: 'second', many: 'seconds' },
] as const;

const numberFormat = new Intl.NumberFormat('en');

/** Formats a count: 1000 -> "1,000". */
export function formatCount(n: number): string {
  return numberFormat.format(n);
}

function inLargestUnit(seconds: number) {
  const unit = units.find((u) => seconds % u.seconds === 0) ?? units[units.length - 1]!;
  return { n: seconds / unit.seconds, unit };
}

/** 60 -> "1 minute", 2_592_000 -> "30 days", 90 -> "90 seconds" (the largest exact unit). */
export function formatDuration(seconds: number): string {
  const { n, unit } = inLargestUnit(seconds);
  return `${formatCount(n)} ${n === 1 ? unit.one : unit.many}`;
}

/** 60 -> "per minute", 2_592_000 -> "per 30 days". */
export function formatPer(seconds: number): string {
  const { n, unit } = inLargestUnit(seconds);
  return n === 1 ? `per ${unit.one}` : `per ${formatCount(n)} ${unit.many}`;
}
