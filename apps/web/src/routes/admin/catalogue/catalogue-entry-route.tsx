import { useReadQuery } from '@apollo/client/react';
import { type LoaderFunctionArgs } from 'react-router';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { graphql } from '../../../graphql/generated/index.ts';
import { CatalogueEntryEditor } from './catalogue-entry-editor.tsx';
import { CatalogueFormChoicesQuery } from './catalogue-queries.ts';
import { SubPage } from '../../../components/sub-page.tsx';

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
    <SubPage parent={{ to: '/admin/catalogue', label: 'Catalogue' }} loading="Loading the catalogue API…">
      <CatalogueEntryPage />
    </SubPage>
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
