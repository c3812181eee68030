import { useReadQuery } from '@apollo/client/react';

import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { graphql } from '../../../graphql/generated/index.ts';
import { ApiRow } from './api-row.tsx';
import { useRouteData } from '../../../app/use-route-data.ts';
import { ListPage } from '../../../components/list-page.tsx';
import { DataTable } from '../../../components/data-table.tsx';

const PAGE_SIZE = 100;

const ApisRouteQuery = graphql(`
  query ApisRoute($first: Int!) {
    apis(first: $first) {
      edges {
        node {
          id
          ...ApiRow_api
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export function loader() {
  return { apisRef: preloadQuery(ApisRouteQuery, { variables: { first: PAGE_SIZE } }) };
}

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

export function Component() {
  return (
    <ListPage title="APIs" description="The APIs the gateway protects with JWTs from the identity provider." add={{ to: '/admin/apis/new', label: 'Create API' }} loading="Loading APIs…">
      <ApisTable />
    </ListPage>
  );
}

function ApisTable() {
  const { apisRef } = useRouteData<typeof loader>();
  const { data } = useReadQuery(apisRef);
  const apis = data.apis.edges.map((e) => e.node);
  if (apis.length === 0) {
    return (
      <EmptyState title="No APIs yet">
        <p>Use Create API to add the first one: APIs appear here with their listen path, upstream and JWKS URI.</p>
      </EmptyState>
    );
  }
  return (
    <>
      <DataTable caption="APIs" columns={['Name', 'Listen path', 'Upstream', 'JWKS URI', 'Default Policy', 'Active', 'Gateway URL']}>
        {apis.map((api) => (
          <ApiRow key={api.id} api={api} />
        ))}
      </DataTable>
      {data.apis.pageInfo.hasNextPage ? <p className="muted">Showing the first {PAGE_SIZE} APIs.</p> : null}
    </>
  );
}
