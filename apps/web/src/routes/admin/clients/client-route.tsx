import { useReadQuery } from '@apollo/client/react';
import { Suspense } from 'react';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { graphql } from '../../../graphql/generated/index.ts';
import { UsageSection } from '../../../components/usage/usage-section.tsx';
import { ClientDetails } from '../../portal/clients/details/client-details.tsx';
import { DeleteClientButton } from '../../portal/clients/details/delete-client-button.tsx';

const AdminClientRouteQuery = graphql(`
  query AdminClientRoute($id: ID!) {
    oauthClient(id: $id) {
      id
      clientName
      owner {
        id
        name
        email
      }
      management {
        canDeleteAtIdp
        limitation
      }
      ...ClientDetails_client
    }
  }
`);

/**
 * Lists an admin's delete makes stale: every client list, the cleanup journal (a portal-only
 * delete adds to it) and the developers' client counts.
 */
const STALE_AFTER_DELETE = ['oauthClients', 'myOAuthClients', 'idpCleanups', 'developers', 'developer'] as const;

export function loader({ params }: LoaderFunctionArgs) {
  return { clientRef: preloadQuery(AdminClientRouteQuery, { variables: { id: params.id ?? '' } }) };
}

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

export function Component() {
  return (
    <div className="page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/admin/clients">OAuth clients</Link>
      </nav>
      <Suspense
        fallback={
          <>
            <title>OAuth client · Gatehouse</title>
            <Loading label="Loading the client…" />
          </>
        }
      >
        <ClientPage />
      </Suspense>
    </div>
  );
}

/**
 * One developer's client as an admin sees it: what the identity provider registered (not the
 * secret, which only its developer reads) and Delete, at the identity provider and in Gatehouse.
 */
function ClientPage() {
  const { clientRef } = useRouteData<typeof loader>();
  const { data } = useReadQuery(clientRef);
  const client = data.oauthClient;
  if (!client) {
    return (
      <>
        <title>Client not found · Gatehouse</title>
        <EmptyState
          title="Client not found"
          action={
            <Link className="button" to="/admin/clients">
              See all OAuth clients
            </Link>
          }
        >
          <p>This OAuth client does not exist or was deleted.</p>
        </EmptyState>
      </>
    );
  }
  const { owner, management } = client;

  return (
    <>
      <PageHeader
        title={client.clientName}
        description={
          <>
            OAuth client of <Link to={`/admin/developers/${encodeURIComponent(owner.id)}`}>{owner.name}</Link> ({owner.email})
          </>
        }
        actions={
          <DeleteClientButton
            clientId={client.id}
            clientName={client.clientName}
            canDeleteAtIdp={management.canDeleteAtIdp}
            limitation={management.limitation}
            listPath="/admin/clients"
            staleLists={STALE_AFTER_DELETE}
          />
        }
      />
      {management.canDeleteAtIdp ? null : (
        <div className="alert alert--info">
          <p className="alert__title">The identity provider does not let Gatehouse delete this client</p>
          {management.limitation ? <p>{management.limitation}</p> : null}
          <p>
            Deleting it here removes it from Gatehouse only: it stays registered, and working, at the identity provider, and
            is listed under <Link to="/admin/idp-cleanup">IdP cleanup</Link> until it is removed there.
          </p>
        </div>
      )}
      <section className="panel" aria-label="Client details">
        <ClientDetails client={client} secretOwnerOnly />
      </section>
      <UsageSection subject={{ kind: 'client', id: client.id }} />
    </>
  );
}
