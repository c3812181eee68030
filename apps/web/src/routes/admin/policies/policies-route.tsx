import { useReadQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { graphql } from '../../../graphql/generated/index.ts';
import { formatCount, formatDuration, formatPer } from '../../../lib/format-duration.ts';
import { ListPage } from '../../../components/list-page.tsx';
import { DataTable } from '../../../components/data-table.tsx';

const PAGE_SIZE = 100;

const PoliciesRouteQuery = graphql(`
  query PoliciesRoute($first: Int!) {
    policies(first: $first) {
      edges {
        node {
          id
          name
          apis {
            id
            name
          }
          rateLimitRequests
          rateLimitPeriodSeconds
          quotaMax
          quotaRenewalSeconds
          keyExpiresInSeconds
          active
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export function loader() {
  return { policiesRef: preloadQuery(PoliciesRouteQuery, { variables: { first: PAGE_SIZE } }) };
}

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

/** System Management -> Policies. */
export function Component() {
  return (
    <ListPage title="Policies" description="Access rights, rate limits, quotas and key expiry of the clients developers create." add={{ to: '/admin/policies/new', label: 'Add Policy' }} loading="Loading policies…">
      <PoliciesTable />
    </ListPage>
  );
}

const limit = (count: number | null | undefined, seconds: number | null | undefined, per: (s: number) => string) =>
  count && seconds ? `${formatCount(count)} ${per(seconds)}` : 'Unlimited';

function PoliciesTable() {
  const { policiesRef } = useRouteData<typeof loader>();
  const { data } = useReadQuery(policiesRef);
  const policies = data.policies.edges.map((e) => e.node);
  if (policies.length === 0) {
    return (
      <EmptyState title="No policies yet">
        <p>Use Add Policy to grant APIs with a rate limit, a quota and a key expiry; catalogue APIs need one.</p>
      </EmptyState>
    );
  }
  return (
    <>
      <DataTable caption="Policies" columns={['Name', 'APIs', 'Rate limit', 'Quota', 'Expiry', 'Active']}>
        {policies.map((p) => (
          <tr key={p.id}>
            <th scope="row">
              <Link to={`/admin/policies/${p.id}`}>{p.name}</Link>
            </th>
            <td>{p.apis.length ? p.apis.map((a) => a.name).join(', ') : <span className="muted">None</span>}</td>
            <td>{limit(p.rateLimitRequests, p.rateLimitPeriodSeconds, formatPer)}</td>
            <td>{limit(p.quotaMax, p.quotaRenewalSeconds, (s) => `every ${formatDuration(s)}`)}</td>
            <td>{p.keyExpiresInSeconds ? formatDuration(p.keyExpiresInSeconds) : 'Never'}</td>
            <td>{p.active ? <span className="badge badge--success">Active</span> : <span className="badge">Inactive</span>}</td>
          </tr>
        ))}
      </DataTable>
      {data.policies.pageInfo.hasNextPage ? <p className="muted">Showing the first {PAGE_SIZE} policies.</p> : null}
    </>
  );
}
