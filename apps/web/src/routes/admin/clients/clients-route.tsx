import { useReadQuery } from '@apollo/client/react';
import { Suspense } from 'react';
import { Link, useLocation } from 'react-router';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { graphql } from '../../../graphql/generated/index.ts';
import type { DeletedClientState } from '../../portal/clients/details/delete-client-button.tsx';
import { appendPage } from '../components/append-page.ts';
import { LoadMore, useLoadMore } from '../../../components/load-more.tsx';
import { AdminClientRow } from './admin-client-row.tsx';
import { DataTable } from '../../../components/data-table.tsx';

const PAGE_SIZE = 50;

const AdminClientsRouteQuery = graphql(`
  query AdminClientsRoute($first: Int!, $after: String) {
    oauthClients(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          ...AdminClientRow_client
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function loader() {
  return { clientsRef: preloadQuery(AdminClientsRouteQuery, { variables: { first: PAGE_SIZE } }) };
}

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

/** Portal Management -> OAuth clients: every developer's clients, newest first. */
export function Component() {
  return (
    <div className="page">
      <PageHeader
        title="OAuth clients"
        description="Every developer's OAuth clients, newest first. Open one to see what the identity provider registered, or to delete it there and in Gatehouse."
      />
      <DeletedNotice />
      <Suspense fallback={<Loading label="Loading OAuth clients…" />}>
        <ClientsTable />
      </Suspense>
    </div>
  );
}

/** After a delete on the details page: gone everywhere, or left at the identity provider. */
function DeletedNotice() {
  const deleted = (useLocation().state as Partial<DeletedClientState> | null)?.deleted;
  if (!deleted) return null;
  return (
    <div className="alert alert--success" role="status">
      <p className="alert__title">“{deleted.clientName}” was deleted</p>
      {deleted.deletedAtIdp ? (
        <p>It was deleted at the identity provider and in Gatehouse; its credentials no longer work.</p>
      ) : (
        <p>
          It was deleted in Gatehouse only; the identity provider did not confirm deleting it, so it may still be registered, and working, there. It is listed
          under <Link to="/admin/idp-cleanup">IdP cleanup</Link> until it is removed there.
        </p>
      )}
    </div>
  );
}

function ClientsTable() {
  const { clientsRef } = useRouteData<typeof loader>();
  const { data } = useReadQuery(clientsRef);
  const { loadMore, pending, error } = useLoadMore(clientsRef, (shown, next) => ({
    ...next,
    oauthClients: appendPage(shown.oauthClients, next.oauthClients),
  }));
  const { edges, pageInfo } = data.oauthClients;

  if (edges.length === 0) {
    return (
      <EmptyState title="No OAuth clients yet">
        <p>Developers create OAuth clients in the developer portal for the APIs in the Catalogue; they appear here.</p>
      </EmptyState>
    );
  }
  return (
    <>
      <DataTable caption="OAuth clients of all developers, newest first" columns={['Client name', 'Client ID', 'Developer', 'APIs', 'Provider', 'Created']}>
        {edges.map(({ node }) => (
          <AdminClientRow key={node.id} client={node} />
        ))}
      </DataTable>
      <LoadMore
        shown={`${edges.length} ${edges.length === 1 ? 'OAuth client' : 'OAuth clients'}`}
        hasNextPage={pageInfo.hasNextPage}
        endCursor={pageInfo.endCursor}
        pending={pending}
        error={error}
        onLoadMore={loadMore}
      />
    </>
  );
}
