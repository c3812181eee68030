import { PROVIDER_LABELS } from '@gatehouse/dcr/provider-needs';
import { useReadQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { graphql } from '../../../graphql/generated/index.ts';
import { ListPage } from '../../../components/list-page.tsx';
import { DataTable } from '../../../components/data-table.tsx';

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
    <ListPage title="Catalogue" description="The APIs developers see in the portal, with the policy their clients get and how clients are registered." add={{ to: '/admin/catalogue/new', label: 'Add New API' }} loading="Loading the catalogue…">
      <CatalogueTable />
    </ListPage>
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
      <DataTable caption="Catalogue" columns={['Public name', 'Policy', 'In the portal', 'Dynamic Client Registration']}>
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
      </DataTable>
      {data.catalogueEntries.pageInfo.hasNextPage ? <p className="muted">Showing the first {PAGE_SIZE} APIs.</p> : null}
    </>
  );
}
