import { Suspense } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import { preloadQuery } from '../../../../apollo/apollo-client.ts';
import { Loading } from '../../../../components/loading.tsx';
import { PageHeader } from '../../../../components/page-header.tsx';
import { graphql } from '../../../../graphql/generated/index.ts';
import { CATALOGUE_PAGE_SIZE } from '../../catalogue/catalogue-search-params.ts';
import { CreateClientWizard } from './create-client-wizard.tsx';
import { useRouteData } from '../../../../app/use-route-data.ts';

/**
 * Step 1 lists published APIs a page at a time, searchable (issue 7). The API a catalogue card
 * links to (`?api=`) is fetched by id too, since it need not be on the first page.
 */
const CreateClientRouteQuery = graphql(`
  query CreateClientRoute($first: Int!, $after: String, $search: String, $preselectedId: ID!, $withPreselected: Boolean!) {
    publishedApis(first: $first, after: $after, search: $search) {
      edges {
        cursor
        node {
          id
          ...SelectApisStep_entry
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    preselectedApi: publishedApi(id: $preselectedId) @include(if: $withPreselected) {
      id
      ...SelectApisStep_entry
    }
    redirectUriSeparator
  }
`);

/** `?api=<catalogue entry id>` (from a catalogue card) preselects that API in step 1. */
export function loader({ request }: LoaderFunctionArgs) {
  const preselectedApiId = new URL(request.url).searchParams.get('api');
  return {
    catalogueRef: preloadQuery(CreateClientRouteQuery, {
      variables: {
        first: CATALOGUE_PAGE_SIZE,
        search: null,
        preselectedId: preselectedApiId ?? '',
        withPreselected: Boolean(preselectedApiId),
      },
    }),
  };
}

export { RouteError as ErrorBoundary } from '../../../../components/route-error.tsx';

export function Component() {
  const { catalogueRef } = useRouteData<typeof loader>();
  return (
    <div className="page page--narrow">
      <PageHeader
        title="Create OAuth client"
        description="Gatehouse registers the client at the identity provider and shows you its credentials."
      />
      <Suspense fallback={<Loading label="Loading the APIs you can choose…" />}>
        <CreateClientWizard catalogueRef={catalogueRef} />
      </Suspense>
    </div>
  );
}
