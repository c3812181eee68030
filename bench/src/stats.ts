/** The p-th percentile (0-100) by the nearest-rank method; NaN for no samples. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const median = (samples: number[]) => percentile(samples, 50);

/** Milliseconds with one decimal, for the report. */
export const ms = (value: number) => `${value.toFixed(1)} ms`;

/** 12 345 (thin grouping as in the rest of docs/benchmarks.md). */
export const int = (value: number) => Math.round(value).toLocaleString('en-US').replace(/,/g, ' ');
