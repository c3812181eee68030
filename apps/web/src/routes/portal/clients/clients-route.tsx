import { useReadQuery } from '@apollo/client/react';
import { Suspense } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { graphql } from '../../../graphql/generated/index.ts';
import { ClientRow } from './client-row.tsx';
import type { DeletedClientState } from './details/delete-client-button.tsx';
import { useRouteData } from '../../../app/use-route-data.ts';
import { DataTable } from '../../../components/data-table.tsx';

/** The API caps `first` at 100; the newest 100 is plenty until the list gets paging. */
const PAGE_SIZE = 100;

const ClientsRouteQuery = graphql(`
  query ClientsRoute($first: Int!) {
    myOAuthClients(first: $first) {
      edges {
        node {
          id
          ...ClientRow_client
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export function loader() {
  return { clientsRef: preloadQuery(ClientsRouteQuery, { variables: { first: PAGE_SIZE } }) };
}

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

export function Component() {
  return (
    <div className="page">
      <Suspense
        fallback={
          <>
            <PageHeader title="OAuth clients" />
            <Loading label="Loading your OAuth clients…" />
          </>
        }
      >
        <ClientsList />
      </Suspense>
    </div>
  );
}

const description = 'Clients registered at the identity provider for the APIs you use.';

/** After a delete, what became of the client: gone everywhere, or still at the identity provider. */
function DeletedNotice() {
  const deleted = (useLocation().state as Partial<DeletedClientState> | null)?.deleted;
  if (!deleted) return null;
  return (
    <div className="alert alert--success" role="status">
      <p className="alert__title">“{deleted.clientName}” was deleted</p>
      <p>
        {deleted.deletedAtIdp
          ? 'It was deleted at the identity provider and in Gatehouse; its credentials no longer work.'
          : 'It was deleted in Gatehouse only: the identity provider did not confirm deleting it, so it may still be registered there until an administrator removes it.'}
      </p>
    </div>
  );
}

function ClientsList() {
  const { clientsRef } = useRouteData<typeof loader>();
  const { data } = useReadQuery(clientsRef);
  const navigate = useNavigate();
  const clients = data.myOAuthClients.edges.map((e) => e.node);

  if (clients.length === 0) {
    return (
      <>
        <PageHeader title="OAuth clients" description={description} />
        <DeletedNotice />
        <EmptyState
          title="No clients yet"
          action={
            <button type="button" className="button button--primary" onClick={() => void navigate('/portal/clients/new')}>
              Create first Oauth Client
            </button>
          }
        >
          <p>
            An OAuth client gets a client ID and secret from the identity provider, which your application uses to
            get access tokens for the APIs in the catalogue.
          </p>
        </EmptyState>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="OAuth clients"
        description={description}
        actions={
          <button type="button" className="button button--primary" onClick={() => void navigate('/portal/clients/new')}>
            Create OAuth client
          </button>
        }
      />
      <DeletedNotice />
      <DataTable caption="Your OAuth clients, newest first" columns={['Name', 'Client ID', 'APIs', 'Created']}>
        {clients.map((client) => (
          <ClientRow key={client.id} client={client} />
        ))}
      </DataTable>
      {data.myOAuthClients.pageInfo.hasNextPage ? (
        <p className="muted">Showing your newest {PAGE_SIZE} clients.</p>
      ) : null}
    </>
  );
}
