import { useReadQuery } from '@apollo/client/react';
import { Suspense, useState } from 'react';
import { Link, useLocation, type LoaderFunctionArgs } from 'react-router';
import { preloadQuery } from '../../../../apollo/apollo-client.ts';
import { EmptyState } from '../../../../components/empty-state.tsx';
import { Loading } from '../../../../components/loading.tsx';
import { PageHeader } from '../../../../components/page-header.tsx';
import { UsageSection } from '../../../../components/usage/usage-section.tsx';
import { graphql } from '../../../../graphql/generated/index.ts';
import { WizardProgress } from '../new/wizard-progress.tsx';
import { ClientDetails } from './client-details.tsx';
import { ClientNotice, type ClientNoticeData } from './client-notice.tsx';
import { ManageClient } from './manage-client.tsx';
import { TryIt } from '../../try-it/try-it-section.tsx';
import { useRouteData } from '../../../../app/use-route-data.ts';

const ClientDetailsRouteQuery = graphql(`
  query ClientDetailsRoute($id: ID!) {
    oauthClient(id: $id) {
      id
      clientName
      idpDifferences {
        field
      }
      ...ClientDetails_client
      ...ManageClient_client
      ...TryIt_client
    }
    redirectUriSeparator
  }
`);

export function loader({ params }: LoaderFunctionArgs) {
  return { clientRef: preloadQuery(ClientDetailsRouteQuery, { variables: { id: params.id ?? '' } }) };
}

export { RouteError as ErrorBoundary } from '../../../../components/route-error.tsx';

export function Component() {
  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/portal/clients">
          <span aria-hidden="true">← </span>All clients
        </Link>
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

function ClientPage() {
  const { clientRef } = useRouteData<typeof loader>();
  const { data } = useReadQuery(clientRef);
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const [notice, setNotice] = useState<ClientNoticeData | null>(null);
  const client = data.oauthClient;

  if (!client) {
    return (
      <>
        <title>Client not found · Gatehouse</title>
        <EmptyState
          title="Client not found"
          action={
            <Link className="button" to="/portal/clients">
              See all clients
            </Link>
          }
        >
          <p>This OAuth client does not exist, was deleted, or belongs to someone else.</p>
        </EmptyState>
      </>
    );
  }

  return (
    <>
      <PageHeader title={client.clientName} description="OAuth client" />
      {created ? (
        <>
          {/* Step 3 of the wizard: what the identity provider registered. */}
          <WizardProgress current={3} />
          <div className="alert alert--success" role="status">
            <p className="alert__title">The identity provider registered the client</p>
            <p>Use the client ID and client secret below to get access tokens from the identity provider.</p>
            {client.idpDifferences.length ? (
              <p>
                It did not register everything as asked (RFC 7591 section 3.2.1 lets it replace requested values): the
                details below say what differs.
              </p>
            ) : null}
          </div>
        </>
      ) : null}
      {notice ? <ClientNotice notice={notice} /> : null}
      <section className="panel" aria-label="Client details">
        <ClientDetails client={client} />
      </section>
      <TryIt client={client} />
      <ManageClient client={client} separator={data.redirectUriSeparator} onNotice={setNotice} />
      <UsageSection subject={{ kind: 'client', id: client.id, emptyHint: 'Use Call the API above to send one.' }} />
    </>
  );
}
