import { useReadQuery } from '@apollo/client/react';
import { Suspense } from 'react';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { graphql } from '../../../graphql/generated/index.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { DataTable } from '../../../components/data-table.tsx';

const PAGE_SIZE = 100;

const AuditLogQuery = graphql(`
  query AuditLog($first: Int!) {
    auditEvents(first: $first) {
      edges {
        node {
          id
          action
          targetType
          targetId
          details
          createdAt
          actor {
            id
            name
            email
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export function loader() {
  // Always fresh: the log is what just happened.
  return { eventsRef: preloadQuery(AuditLogQuery, { variables: { first: PAGE_SIZE }, fetchPolicy: 'network-only' }) };
}

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

/** Who changed what, when; secrets are redacted by the API. */
export function Component() {
  return (
    <div className="page">
      <PageHeader title="Audit log" description="Every change to APIs, policies, the catalogue, settings and developers: who, what and when." />
      <Suspense fallback={<Loading label="Loading the audit log…" />}>
        <AuditTable />
      </Suspense>
    </div>
  );
}

function prettyDetails(json: string): string {
  try {
    const value = JSON.parse(json) as Record<string, unknown>;
    return Object.keys(value).length ? JSON.stringify(value, null, 2) : '';
  } catch {
    return json;
  }
}

function AuditTable() {
  const { eventsRef } = useRouteData<typeof loader>();
  const { data } = useReadQuery(eventsRef);
  const events = data.auditEvents.edges.map((e) => e.node);
  if (events.length === 0) {
    return (
      <EmptyState title="Nothing recorded yet">
        <p>Changes appear here as admins and developers make them.</p>
      </EmptyState>
    );
  }
  return (
    <>
      <DataTable caption="Audit log, newest first" columns={['When', 'Who', 'What', 'Details']}>
        {events.map((e) => (
          <tr key={e.id}>
            <td>{formatDateTime(e.createdAt)}</td>
            <td>{e.actor ? `${e.actor.name} (${e.actor.email})` : 'System'}</td>
            <th scope="row">
              <code className="code">{e.action}</code>
            </th>
            <td>
              <pre className="details-pre">{prettyDetails(e.details)}</pre>
            </td>
          </tr>
        ))}
      </DataTable>
      {data.auditEvents.pageInfo.hasNextPage ? <p className="muted">Showing the newest {PAGE_SIZE} events.</p> : null}
    </>
  );
}
