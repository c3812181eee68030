import { useReadQuery } from '@apollo/client/react';
import { Suspense, useState } from 'react';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { graphql } from '../../../graphql/generated/index.ts';
import { appendPage } from '../components/append-page.ts';
import { FormAlert, type FormAlertContent } from '../../../forms/form-alert.tsx';
import { LoadMore, useLoadMore } from '../../../components/load-more.tsx';
import { IdpCleanupRow } from './idp-cleanup-row.tsx';
import { DataTable } from '../../../components/data-table.tsx';

const PAGE_SIZE = 50;

const IdpCleanupRouteQuery = graphql(`
  query IdpCleanupRoute($first: Int!, $after: String) {
    idpCleanups(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          ...IdpCleanupRow_cleanup
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
  // Always fresh: entries appear whenever a registration or a delete goes wrong.
  return { cleanupsRef: preloadQuery(IdpCleanupRouteQuery, { variables: { first: PAGE_SIZE }, fetchPolicy: 'network-only' }) };
}

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

/**
 * Portal Management -> IdP cleanup: clients that may exist at an identity provider without
 * Gatehouse holding them (the no-orphan journal), oldest first, each with its way out.
 */
export function Component() {
  const [alert, setAlert] = useState<FormAlertContent | null>(null);
  return (
    <div className="page">
      <PageHeader
        title="IdP cleanup"
        description="Clients that may still be registered at an identity provider although Gatehouse no longer holds them: delete them there, or mark them resolved once checked."
      />
      <FormAlert alert={alert} />
      <Suspense fallback={<Loading label="Loading the cleanup journal…" />}>
        <CleanupTable onResolved={(title) => setAlert({ kind: 'success', title })} />
      </Suspense>
    </div>
  );
}

function CleanupTable({ onResolved }: { onResolved: (message: string) => void }) {
  const { cleanupsRef } = useRouteData<typeof loader>();
  const { data } = useReadQuery(cleanupsRef);
  const { loadMore, pending, error } = useLoadMore(cleanupsRef, (shown, next) => ({
    ...next,
    idpCleanups: appendPage(shown.idpCleanups, next.idpCleanups),
  }));
  const { edges, pageInfo } = data.idpCleanups;

  if (edges.length === 0) {
    return (
      <EmptyState title="Nothing to clean up">
        <p>
          Every client Gatehouse registered at an identity provider is accounted for. Should a registration or a delete
          leave a client behind at an identity provider, it appears here.
        </p>
      </EmptyState>
    );
  }
  return (
    <>
      <DataTable caption="Clients to clean up at identity providers, oldest first" columns={['Client', 'What happened', 'Identity provider', 'Developer', 'Recorded', 'Actions']}>
        {edges.map(({ node }) => (
          <IdpCleanupRow key={node.id} cleanup={node} onResolved={onResolved} />
        ))}
      </DataTable>
      <LoadMore
        shown={`${edges.length} ${edges.length === 1 ? 'entry' : 'entries'}`}
        hasNextPage={pageInfo.hasNextPage}
        endCursor={pageInfo.endCursor}
        pending={pending}
        error={error}
        onLoadMore={loadMore}
      />
    </>
  );
}
