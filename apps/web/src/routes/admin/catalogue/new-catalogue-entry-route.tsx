import { useReadQuery } from '@apollo/client/react';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { CatalogueEntryEditor } from './catalogue-entry-editor.tsx';
import { CatalogueFormChoicesQuery } from './catalogue-queries.ts';
import { SubPage } from '../../../components/sub-page.tsx';

export function loader() {
  return { choicesRef: preloadQuery(CatalogueFormChoicesQuery) };
}

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

/** Add New API: publish an API to the developer portal with a policy and its DCR settings. */
export function Component() {
  return (
    <SubPage parent={{ to: '/admin/catalogue', label: 'Catalogue' }} title="Add New API" description="Publish an API to the developer portal." loading="Loading policies…">
      <NewCatalogueEntry />
    </SubPage>
  );
}

function NewCatalogueEntry() {
  const { choicesRef } = useRouteData<typeof loader>();
  const { data } = useReadQuery(choicesRef);
  return <CatalogueEntryEditor policies={data.policies.edges.map((e) => e.node)} globalDcr={data.portalSettings.dcr} />;
}
