import { Suspense } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import { preloadQuery } from '../../../../apollo/apollo-client.ts';
import { Loading } from '../../../../components/loading.tsx';
import { PageHeader } from '../../../../components/page-header.tsx';
import { graphql } from '../../../../graphql/generated/index.ts';
import { CreateClientWizard } from './create-client-wizard.tsx';
import { useRouteData } from '../../../../app/use-route-data.ts';

const CreateClientRouteQuery = graphql(`
  query CreateClientRoute {
    catalogue {
      id
      ...SelectApisStep_entry
    }
    redirectUriSeparator
  }
`);

/** `?api=<catalogue entry id>` (from a catalogue card) preselects that API in step 1. */
export function loader({ request }: LoaderFunctionArgs) {
  return {
    catalogueRef: preloadQuery(CreateClientRouteQuery),
    preselectedApiId: new URL(request.url).searchParams.get('api'),
  };
}

export { RouteError as ErrorBoundary } from '../../../../components/route-error.tsx';

export function Component() {
  const { catalogueRef, preselectedApiId } = useRouteData<typeof loader>();
  return (
    <div className="page page--narrow">
      <PageHeader
        title="Create OAuth client"
        description="Gatehouse registers the client at the identity provider and shows you its credentials."
      />
      <Suspense fallback={<Loading label="Loading the APIs you can choose…" />}>
        <CreateClientWizard catalogueRef={catalogueRef} preselectedApiId={preselectedApiId} />
      </Suspense>
    </div>
  );
}
