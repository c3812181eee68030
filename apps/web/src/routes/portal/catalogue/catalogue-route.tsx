import { useReadQuery } from '@apollo/client/react';
import { Suspense } from 'react';

import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { graphql } from '../../../graphql/generated/index.ts';
import { CatalogueCard } from './catalogue-card.tsx';
import { useRouteData } from '../../../app/use-route-data.ts';

const CatalogueRouteQuery = graphql(`
  query CatalogueRoute {
    catalogue {
      id
      ...CatalogueCard_entry
    }
  }
`);

export function loader() {
  return { catalogueRef: preloadQuery(CatalogueRouteQuery) };
}

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

export function Component() {
  return (
    <div className="page">
      <PageHeader title="Catalogue" description="APIs published for developers, and what each one allows." />
      <Suspense fallback={<Loading label="Loading the catalogue…" />}>
        <CatalogueList />
      </Suspense>
    </div>
  );
}

function CatalogueList() {
  const { catalogueRef } = useRouteData<typeof loader>();
  const { data } = useReadQuery(catalogueRef);
  if (data.catalogue.length === 0) {
    return (
      <EmptyState title="No APIs published yet">
        <p>An administrator publishes APIs to the catalogue. They will appear here.</p>
      </EmptyState>
    );
  }
  return (
    <ul className="card-grid" aria-label="Published APIs">
      {data.catalogue.map((entry) => (
        <li key={entry.id}>
          <CatalogueCard entry={entry} />
        </li>
      ))}
    </ul>
  );
}
