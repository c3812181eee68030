import { useReadQuery, type QueryRef } from '@apollo/client/react';
import { Suspense, useCallback, useDeferredValue } from 'react';
import { useSearchParams, type LoaderFunctionArgs } from 'react-router';

import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { graphql } from '../../../graphql/generated/index.ts';
import type { CatalogueRouteQuery as CatalogueRouteData, CatalogueRouteQueryVariables } from '../../../graphql/generated/graphql.ts';
import { CatalogueCard } from './catalogue-card.tsx';
import { apisShown, CATALOGUE_PAGE_SIZE, searchFromUrl, withSearch } from './catalogue-search-params.ts';
import { SearchBox } from './search-box.tsx';
import { LoadMore, useLoadMore } from '../../../components/load-more.tsx';
import { useRouteData } from '../../../app/use-route-data.ts';

const CatalogueRouteQuery = graphql(`
  query CatalogueRoute($first: Int!, $after: String, $search: String) {
    publishedApis(first: $first, after: $after, search: $search) {
      edges {
        cursor
        node {
          id
          ...CatalogueCard_entry
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** `?q=` searches the catalogue, so a search survives reload, Back and a shared link. */
export function loader({ request }: LoaderFunctionArgs) {
  const search = searchFromUrl(request.url);
  return {
    search,
    catalogueRef: preloadQuery(CatalogueRouteQuery, { variables: { first: CATALOGUE_PAGE_SIZE, search: search || null } }),
  };
}

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

export function Component() {
  const route = useRouteData<typeof loader>();
  const [, setSearchParams] = useSearchParams();
  // While the next search loads, the current cards stay (dimmed) instead of a loading screen.
  const shown = useDeferredValue(route);
  const stale = shown !== route;
  const onSearch = useCallback(
    (q: string) => setSearchParams((params) => withSearch(params, q), { replace: true }),
    [setSearchParams],
  );
  return (
    <div className="page">
      <PageHeader title="Catalogue" description="APIs published for developers, and what each one allows." />
      <SearchBox label="Search APIs" hint="By name or description." value={route.search} onSearch={onSearch} pending={stale} />
      <Suspense fallback={<Loading label="Loading the catalogue…" />}>
        <CatalogueList queryRef={shown.catalogueRef} search={shown.search} stale={stale} onClearSearch={() => onSearch('')} />
      </Suspense>
    </div>
  );
}

interface CatalogueListProps {
  queryRef: QueryRef<CatalogueRouteData, CatalogueRouteQueryVariables>;
  /** The search these results are for; '' for the whole catalogue. */
  search: string;
  stale: boolean;
  onClearSearch: () => void;
}

function CatalogueList({ queryRef, search, stale, onClearSearch }: CatalogueListProps) {
  const { data } = useReadQuery(queryRef);
  const { loadMore, pending, error } = useLoadMore(queryRef);
  const { edges, pageInfo } = data.publishedApis;
  if (edges.length === 0 && search) {
    return (
      <EmptyState
        title={`No API matches “${search}”`}
        action={
          <button type="button" className="button" onClick={onClearSearch}>
            Clear search
          </button>
        }
      >
        <p>Search looks at API names and descriptions. Try fewer or other words.</p>
      </EmptyState>
    );
  }
  if (edges.length === 0) {
    return (
      <EmptyState title="No APIs published yet">
        <p>An administrator publishes APIs to the catalogue. They will appear here.</p>
      </EmptyState>
    );
  }
  return (
    <div className={stale ? 'is-stale' : undefined} aria-busy={stale || undefined}>
      <ul className="card-grid" aria-label="Published APIs">
        {edges.map(({ node }) => (
          <li key={node.id}>
            <CatalogueCard entry={node} />
          </li>
        ))}
      </ul>
      <LoadMore
        shown={apisShown(edges.length)}
        label="Show more"
        errorTitle="More APIs did not load"
        hasNextPage={pageInfo.hasNextPage}
        endCursor={pageInfo.endCursor}
        pending={pending}
        error={error}
        onLoadMore={loadMore}
      />
    </div>
  );
}
