import { useReadQuery } from '@apollo/client/react';
import { Suspense } from 'react';
import { Link } from 'react-router';

import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { graphql } from '../../../graphql/generated/index.ts';
import { ApiRow } from './api-row.tsx';
import { useRouteData } from '../../../app/use-route-data.ts';
import { FlashNotice } from '../../../forms/flash-notice.tsx';

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
    <div className="page">
      <PageHeader
        title="APIs"
        description="The APIs the gateway protects with JWTs from the identity provider."
        actions={
          <Link className="button button--primary" to="/admin/apis/new">
            Create API
          </Link>
        }
      />
      <FlashNotice />
      <Suspense fallback={<Loading label="Loading APIs…" />}>
        <ApisTable />
      </Suspense>
    </div>
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
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">APIs</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Listen path</th>
              <th scope="col">Upstream</th>
              <th scope="col">JWKS URI</th>
              <th scope="col">Default Policy</th>
              <th scope="col">Active</th>
              <th scope="col">Gateway URL</th>
            </tr>
          </thead>
          <tbody>
            {apis.map((api) => (
              <ApiRow key={api.id} api={api} />
            ))}
          </tbody>
        </table>
      </div>
      {data.apis.pageInfo.hasNextPage ? <p className="muted">Showing the first {PAGE_SIZE} APIs.</p> : null}
    </>
  );
}
