import { useReadQuery } from '@apollo/client/react';
import { Suspense } from 'react';
import { Link } from 'react-router';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { graphql } from '../../../graphql/generated/index.ts';
import { formatDate } from '../../../lib/format-date.ts';
import { FlashNotice } from '../../../forms/flash-notice.tsx';

const PAGE_SIZE = 100;

const DevelopersRouteQuery = graphql(`
  query DevelopersRoute($first: Int!) {
    developers(first: $first) {
      edges {
        node {
          id
          name
          email
          active
          clientCount
          createdAt
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export function loader() {
  return { developersRef: preloadQuery(DevelopersRouteQuery, { variables: { first: PAGE_SIZE } }) };
}

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

/** Portal Management -> Developers. */
export function Component() {
  return (
    <div className="page">
      <PageHeader
        title="Developers"
        description="The accounts that use the developer portal, and their OAuth clients."
        actions={
          <Link className="button button--primary" to="/admin/developers/new">
            Add developer
          </Link>
        }
      />
      <FlashNotice />
      <Suspense fallback={<Loading label="Loading developers…" />}>
        <DevelopersTable />
      </Suspense>
    </div>
  );
}

function DevelopersTable() {
  const { developersRef } = useRouteData<typeof loader>();
  const { data } = useReadQuery(developersRef);
  const developers = data.developers.edges.map((e) => e.node);
  if (developers.length === 0) {
    return (
      <EmptyState title="No developers yet">
        <p>Use Add developer to create an account, or let developers sign up themselves (Portal Management -&gt; Settings).</p>
      </EmptyState>
    );
  }
  return (
    <>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Developers</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Status</th>
              <th scope="col">OAuth clients</th>
              <th scope="col">Since</th>
            </tr>
          </thead>
          <tbody>
            {developers.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <Link to={`/admin/developers/${d.id}`}>{d.name}</Link>
                </th>
                <td>{d.email}</td>
                <td>{d.active ? <span className="badge badge--success">Active</span> : <span className="badge">Deactivated</span>}</td>
                <td>{d.clientCount}</td>
                <td>{formatDate(d.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.developers.pageInfo.hasNextPage ? <p className="muted">Showing the first {PAGE_SIZE} developers.</p> : null}
    </>
  );
}
