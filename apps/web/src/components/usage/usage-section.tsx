import { lazy, Suspense } from 'react';
import { Loading } from '../loading.tsx';

/** Whose usage to show: an OAuth client (its owner and admins) or an API (admins). */
export interface UsageSubject {
  kind: 'client' | 'api';
  id: string;
  /** What the empty state suggests, when the page offers a way to make a call (e.g. "Call the API"). */
  emptyHint?: string;
}

// The chart, its queries and styles load only when a page shows them (not in the first page's JS).
const UsagePanel = lazy(() => import('./usage-panel.tsx'));

/** "Usage": requests over time by status class, for a client's page or an API's page. */
export function UsageSection({ subject }: { subject: UsageSubject }) {
  const headingId = `usage-${subject.kind}-heading`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        Usage
      </h2>
      <p className="muted">
        {subject.kind === 'client' ? 'Calls this client made through the gateway' : 'Calls made to this API through the gateway'}, by the status
        class of their answers. Times are in your time zone.
      </p>
      <Suspense fallback={<Loading label="Loading usage…" />}>
        <UsagePanel subject={subject} />
      </Suspense>
    </section>
  );
}
