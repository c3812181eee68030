import { useSuspenseQuery } from '@apollo/client/react';
import { useDeferredValue, useId, useState, useTransition } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../graphql/generated/index.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { Spinner } from '../spinner.tsx';
import { UsageChart } from './usage-chart.tsx';
import type { UsageSubject } from './usage-section.tsx';
import './usage.css';

export const UsagePanel_usage = graphql(`
  fragment UsagePanel_usage on UsageOverTime {
    range
    bucket
    from
    to
    collectedAt
    upToDate
    points {
      start
      requests
      status2xx
      status3xx
      status4xx
      status5xx
      statusOther
      averageLatencyMs
    }
    total {
      start
      requests
      status2xx
      status3xx
      status4xx
      status5xx
      statusOther
      averageLatencyMs
    }
  }
`);

const ClientUsageQuery = graphql(`
  query ClientUsagePanel($id: ID!, $range: UsageRange!) {
    oauthClient(id: $id) {
      id
      usageOverTime(range: $range) {
        __typename
        ...UsagePanel_usage
        ... on ValidationError {
          message
        }
      }
    }
  }
`);

const ApiUsageQuery = graphql(`
  query ApiUsagePanel($id: ID!, $range: UsageRange!) {
    api(id: $id) {
      id
      usageOverTime(range: $range) {
        __typename
        ...UsagePanel_usage
        ... on ValidationError {
          message
        }
      }
    }
  }
`);

type Range = 'LAST_HOUR' | 'LAST_24_HOURS' | 'LAST_7_DAYS';

const RANGES: readonly { value: Range; label: string; per: string }[] = [
  { value: 'LAST_HOUR', label: 'Last hour', per: 'per minute' },
  { value: 'LAST_24_HOURS', label: 'Last 24 hours', per: 'per hour' },
  { value: 'LAST_7_DAYS', label: 'Last 7 days', per: 'per 6 hours' },
];

/**
 * The usage chart with its range switcher, loaded lazily by UsageSection so its code stays out of
 * the first page. Figures are fetched fresh each time (the API collects from the gateway first);
 * switching range or refreshing keeps the current chart on screen until the next one is ready.
 */
export default function UsagePanel({ subject }: { subject: UsageSubject }) {
  // The radio follows the choice at once; the query follows the deferred value, so the chart on
  // screen stays until the new range's figures arrive (instead of the Suspense fallback).
  const [range, setRange] = useState<Range>('LAST_24_HOURS');
  const shownRange = useDeferredValue(range);
  const [refreshing, startTransition] = useTransition();
  const view: ViewProps = { range, shownRange, pending: refreshing || range !== shownRange, onRange: setRange, startTransition };
  return subject.kind === 'client' ? <ClientUsage id={subject.id} emptyHint={subject.emptyHint} {...view} /> : <ApiUsage id={subject.id} emptyHint={subject.emptyHint} {...view} />;
}

interface ViewProps {
  /** The range chosen; `shownRange` is the one the figures are for (they differ while loading). */
  range: Range;
  shownRange: Range;
  pending: boolean;
  onRange(range: Range): void;
  startTransition(action: () => void): void;
}

function ClientUsage({ id, emptyHint, ...view }: ViewProps & { id: string; emptyHint: string | undefined }) {
  const { data, refetch } = useSuspenseQuery(ClientUsageQuery, { variables: { id, range: view.shownRange }, fetchPolicy: 'network-only' });
  return <UsageView {...view} kind="client" emptyHint={emptyHint} result={data.oauthClient?.usageOverTime} onRefresh={() => view.startTransition(() => void refetch())} />;
}

function ApiUsage({ id, emptyHint, ...view }: ViewProps & { id: string; emptyHint: string | undefined }) {
  const { data, refetch } = useSuspenseQuery(ApiUsageQuery, { variables: { id, range: view.shownRange }, fetchPolicy: 'network-only' });
  return <UsageView {...view} kind="api" emptyHint={emptyHint} result={data.api.usageOverTime} onRefresh={() => view.startTransition(() => void refetch())} />;
}

type UsageResult = ({ __typename: 'UsageOverTime' } & FragmentType<typeof UsagePanel_usage>) | { __typename: 'ValidationError'; message: string };

function UsageView(props: ViewProps & { kind: UsageSubject['kind']; emptyHint: string | undefined; result: UsageResult | undefined; onRefresh(): void }) {
  const { range, shownRange, pending, onRange, onRefresh, kind, emptyHint, result } = props;
  const name = useId();
  const rangeLabel = RANGES.find((r) => r.value === shownRange)!;
  return (
    <div className="usage-panel" aria-busy={pending}>
      <div className="usage-panel__controls">
        <fieldset className="segmented">
          <legend className="visually-hidden">Time range</legend>
          {RANGES.map((r) => (
            <label key={r.value} className="segmented__option">
              <input type="radio" name={name} value={r.value} checked={range === r.value} onChange={() => onRange(r.value)} />
              <span>{r.label}</span>
            </label>
          ))}
        </fieldset>
        <button type="button" className="button button--small" onClick={onRefresh} disabled={pending}>
          Refresh
        </button>
        {pending ? (
          <span className="usage-panel__status" role="status">
            <Spinner size="sm" /> Updating…
          </span>
        ) : null}
      </div>
      {result === undefined ? null : result.__typename === 'ValidationError' ? (
        <div className="alert alert--error" role="alert">
          <p>{result.message}</p>
        </div>
      ) : (
        <UsageFigures usage={result} kind={kind} emptyHint={emptyHint} rangeLabel={rangeLabel.label} title={`Requests ${rangeLabel.per}, ${rangeLabel.label.toLowerCase()}`} />
      )}
    </div>
  );
}

function UsageFigures(props: { usage: FragmentType<typeof UsagePanel_usage>; kind: UsageSubject['kind']; emptyHint: string | undefined; rangeLabel: string; title: string }) {
  const { usage, kind, emptyHint, rangeLabel, title } = props;
  const u = getFragmentData(UsagePanel_usage, usage);
  return (
    <>
      {u.upToDate ? null : (
        <div className="alert alert--info" role="status">
          <p>
            The gateway did not answer just now, so the newest calls may be missing.{' '}
            {u.collectedAt ? `These figures were collected at ${formatDateTime(u.collectedAt)}.` : 'No figures have been collected from it yet.'}
          </p>
        </div>
      )}
      {u.total.requests === 0 ? (
        <div className="usage-panel__empty">
          <p className="usage-panel__empty-title">No calls yet in the {rangeLabel.toLowerCase()}</p>
          <p className="muted">
            {kind === 'client'
              ? 'Calls made through the gateway with an access token of this client show here within seconds, by status.'
              : 'Calls made through the gateway with any client’s token show here within seconds, by status.'}
            {emptyHint ? ` ${emptyHint}` : null}
          </p>
        </div>
      ) : (
        <>
          <p className="usage-panel__summary">
            <strong>{u.total.requests.toLocaleString('en-GB')}</strong> {u.total.requests === 1 ? 'request' : 'requests'}
            {u.total.averageLatencyMs == null ? null : <>, mean latency {u.total.averageLatencyMs.toFixed(1)} ms</>}
          </p>
          <UsageChart points={u.points} bucket={u.bucket} title={title} total={u.total} />
        </>
      )}
    </>
  );
}
