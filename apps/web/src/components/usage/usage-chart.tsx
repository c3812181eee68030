import { useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { describeCounts, formatBucketStart, labelledIndexes, stackBars, STATUS_CLASSES, tableRows, yScale, type UsageBucketSize, type UsageCounts } from './usage-series.ts';

// The SVG is drawn at the pixel width of its container (measured), so its text keeps its size
// on a narrow page instead of shrinking with a scaled viewBox.
const DEFAULT_WIDTH = 720;
const HEIGHT = 220;
const PLOT = { left: 44, right: 8, top: 8, bottom: 26 };
const PLOT_HEIGHT = HEIGHT - PLOT.top - PLOT.bottom;

/** The content width of the element, following resizes. */
function useWidth<T extends HTMLElement>(fallback: number): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(240, Math.floor(element.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

interface UsageChartProps {
  points: readonly UsageCounts[];
  bucket: UsageBucketSize;
  /** What the chart shows, for its accessible name: "Requests per minute, last hour". */
  title: string;
  total: Omit<UsageCounts, 'start'>;
}

/**
 * Requests over time as bars stacked by status class, hand-drawn in SVG (no chart library: one
 * chart type does not earn one). Screen readers get a summary as the image's name and a table of
 * the buckets with calls behind a disclosure; each bar has a tooltip with its counts.
 */
export function UsageChart({ points, bucket, title, total }: UsageChartProps) {
  const id = useId();
  const [container, WIDTH] = useWidth<HTMLDivElement>(DEFAULT_WIDTH);
  const PLOT_WIDTH = WIDTH - PLOT.left - PLOT.right;
  const bars = stackBars(points);
  const { top, ticks } = yScale(Math.max(0, ...bars.map((b) => b.total)));
  const slot = PLOT_WIDTH / Math.max(1, bars.length);
  const barWidth = Math.max(1, slot * 0.78);
  const y = (value: number) => PLOT.top + PLOT_HEIGHT - (value / top) * PLOT_HEIGHT;
  const labelled = labelledIndexes(bars.length, Math.max(2, Math.floor(PLOT_WIDTH / 90)));
  const rows = tableRows(points);

  return (
    <div className="usage-chart" ref={container}>
      <svg className="usage-chart__svg" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{`In total ${describeCounts(total)}.`}</desc>
        <g aria-hidden="true">
          {ticks.map((tick) => (
            <g key={tick}>
              <line className="usage-chart__grid" x1={PLOT.left} x2={WIDTH - PLOT.right} y1={y(tick)} y2={y(tick)} />
              <text className="usage-chart__tick" x={PLOT.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
                {tick.toLocaleString('en-GB')}
              </text>
            </g>
          ))}
          {bars.map((bar, i) => {
            const x = PLOT.left + i * slot + (slot - barWidth) / 2;
            return (
              <g key={bar.start} className="usage-chart__bar">
                <title>{`${formatBucketStart(bar.start, bucket)}: ${describeCounts({ ...points[i]!, requests: bar.total })}`}</title>
                {/* A full-height transparent target, so the tooltip also shows over short bars. */}
                <rect className="usage-chart__hit" x={PLOT.left + i * slot} y={PLOT.top} width={slot} height={PLOT_HEIGHT} />
                {bar.segments.map((segment) => (
                  <rect
                    key={segment.key}
                    className={`usage-chart__segment usage-chart__segment--${segment.key}`}
                    x={x}
                    y={y(segment.to)}
                    width={barWidth}
                    height={Math.max(0.5, y(segment.from) - y(segment.to))}
                  />
                ))}
                {labelled.has(i) ? (
                  <text className="usage-chart__tick" x={x + barWidth / 2} y={HEIGHT - 8} textAnchor={i === 0 ? 'start' : 'middle'}>
                    {formatBucketStart(bar.start, bucket)}
                  </text>
                ) : null}
              </g>
            );
          })}
        </g>
      </svg>
        <ul className="usage-chart__legend" aria-label="Status classes">
          {STATUS_CLASSES.map(({ key, label }) => (
            <li key={key}>
              <span className={`usage-chart__swatch usage-chart__segment--${key}`} aria-hidden="true" />
              {label}: {total[key].toLocaleString('en-GB')}
            </li>
          ))}
        </ul>
      <details className="usage-chart__table">
        <summary>Show the figures as a table</summary>
        {rows.length === 0 ? (
          <p className="muted">No calls in this range.</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{title}, buckets with calls, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">From</th>
                  <th scope="col">Requests</th>
                  {STATUS_CLASSES.map(({ key, short }) => (
                    <th key={key} scope="col">
                      {short}
                    </th>
                  ))}
                  <th scope="col">Mean latency</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.start}>
                    <th scope="row">
                      <time dateTime={row.start}>{formatBucketStart(row.start, bucket)}</time>
                    </th>
                    <td>{row.requests}</td>
                    {STATUS_CLASSES.map(({ key }) => (
                      <td key={key}>{row[key]}</td>
                    ))}
                    <td>{row.averageLatencyMs == null ? '—' : `${row.averageLatencyMs.toFixed(1)} ms`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </details>
    </div>
  );
}
