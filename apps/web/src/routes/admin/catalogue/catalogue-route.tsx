import { PROVIDER_LABELS } from '@gatehouse/dcr/provider-needs';
import { useReadQuery } from '@apollo/client/react';
import { Suspense } from 'react';
import { Link } from 'react-router';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { graphql } from '../../../graphql/generated/index.ts';
import { FlashNotice } from '../../../forms/flash-notice.tsx';

const PAGE_SIZE = 100;

const AdminCatalogueQuery = graphql(`
  query AdminCatalogue($first: Int!) {
    catalogueEntries(first: $first) {
      edges {
        node {
          id
          publicName
          visible
          dcrEnabled
          policy {
            id
            name
          }
          effectiveDcr {
            source
            settings {
              enabled
              provider
            }
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export function loader() {
  return { entriesRef: preloadQuery(AdminCatalogueQuery, { variables: { first: PAGE_SIZE } }) };
}

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

/** Portal Management -> Catalogue: the APIs published to developers. */
export function Component() {
  return (
    <div className="page">
      <PageHeader
        title="Catalogue"
        description="The APIs developers see in the portal, with the policy their clients get and how clients are registered."
        actions={
          <Link className="button button--primary" to="/admin/catalogue/new">
            Add New API
          </Link>
        }
      />
      <FlashNotice />
      <Suspense fallback={<Loading label="Loading the catalogue…" />}>
        <CatalogueTable />
      </Suspense>
    </div>
  );
}

function CatalogueTable() {
  const { entriesRef } = useRouteData<typeof loader>();
  const { data } = useReadQuery(entriesRef);
  const entries = data.catalogueEntries.edges.map((e) => e.node);
  if (entries.length === 0) {
    return (
      <EmptyState title="Nothing published yet">
        <p>Use Add New API to publish an API with a policy; developers then find it in the portal.</p>
      </EmptyState>
    );
  }
  return (
    <>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Catalogue</caption>
          <thead>
            <tr>
              <th scope="col">Public name</th>
              <th scope="col">Policy</th>
              <th scope="col">In the portal</th>
              <th scope="col">Dynamic Client Registration</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <th scope="row">
                  <Link to={`/admin/catalogue/${e.id}`}>{e.publicName}</Link>
                </th>
                <td>{e.policy.name}</td>
                <td>{e.visible ? <span className="badge badge--success">Shown</span> : <span className="badge">Hidden</span>}</td>
                <td>
                  {e.dcrEnabled ? `On, ${PROVIDER_LABELS[e.effectiveDcr.settings.provider]}` : 'Off'}
                  <span className="muted"> ({e.effectiveDcr.source === 'OVERRIDE' ? 'own settings' : 'global settings'})</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.catalogueEntries.pageInfo.hasNextPage ? <p className="muted">Showing the first {PAGE_SIZE} APIs.</p> : null}
    </>
  );
}
