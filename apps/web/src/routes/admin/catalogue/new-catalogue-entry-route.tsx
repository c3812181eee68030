import { useReadQuery } from '@apollo/client/react';
import { Suspense } from 'react';
import { Link } from 'react-router';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { CatalogueEntryEditor } from './catalogue-entry-editor.tsx';
import { CatalogueFormChoicesQuery } from './catalogue-queries.ts';

export function loader() {
  return { choicesRef: preloadQuery(CatalogueFormChoicesQuery) };
}

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

/** Add New API: publish an API to the developer portal with a policy and its DCR settings. */
export function Component() {
  return (
    <div className="page page--narrow">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/admin/catalogue">Catalogue</Link>
      </nav>
      <PageHeader title="Add New API" description="Publish an API to the developer portal." />
      <Suspense fallback={<Loading label="Loading policies…" />}>
        <NewCatalogueEntry />
      </Suspense>
    </div>
  );
}

function NewCatalogueEntry() {
  const { choicesRef } = useRouteData<typeof loader>();
  const { data } = useReadQuery(choicesRef);
  return <CatalogueEntryEditor policies={data.policies.edges.map((e) => e.node)} globalDcr={data.portalSettings.dcr} />;
}
