import { useReadQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { graphql } from '../../../graphql/generated/index.ts';
import { formatDate } from '../../../lib/format-date.ts';
import { ListPage } from '../../../components/list-page.tsx';
import { DataTable } from '../../../components/data-table.tsx';

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
    <ListPage title="Developers" description="The accounts that use the developer portal, and their OAuth clients." add={{ to: '/admin/developers/new', label: 'Add developer' }} loading="Loading developers…">
      <DevelopersTable />
    </ListPage>
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
      <DataTable caption="Developers" columns={['Name', 'Email', 'Status', 'OAuth clients', 'Since']}>
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
      </DataTable>
      {data.developers.pageInfo.hasNextPage ? <p className="muted">Showing the first {PAGE_SIZE} developers.</p> : null}
    </>
  );
}
