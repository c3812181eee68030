import { useReadQuery } from '@apollo/client/react';
import { Suspense } from 'react';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { graphql } from '../../../graphql/generated/index.ts';
import { CatalogueEntryEditor } from './catalogue-entry-editor.tsx';
import { CatalogueFormChoicesQuery } from './catalogue-queries.ts';

const CatalogueEntryRouteQuery = graphql(`
  query CatalogueEntryRoute($id: ID!) {
    catalogueEntry(id: $id) {
      id
      publicName
      ...CatalogueEntryEditor_entry
    }
  }
`);

export function loader({ params }: LoaderFunctionArgs) {
  return {
    entryRef: preloadQuery(CatalogueEntryRouteQuery, { variables: { id: params.id! } }),
    choicesRef: preloadQuery(CatalogueFormChoicesQuery),
  };
}

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

export function Component() {
  return (
    <div className="page page--narrow">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/admin/catalogue">Catalogue</Link>
      </nav>
      <Suspense fallback={<Loading label="Loading the catalogue API…" />}>
        <CatalogueEntryPage />
      </Suspense>
    </div>
  );
}

function CatalogueEntryPage() {
  const { entryRef, choicesRef } = useRouteData<typeof loader>();
  const { data } = useReadQuery(entryRef);
  const { data: choices } = useReadQuery(choicesRef);
  return (
    <>
      <PageHeader title={data.catalogueEntry.publicName} description="How this API appears in the developer portal and how its clients are registered." />
      <CatalogueEntryEditor
        key={data.catalogueEntry.id}
        entry={data.catalogueEntry}
        policies={choices.policies.edges.map((e) => e.node)}
        globalDcr={choices.portalSettings.dcr}
      />
    </>
  );
}
