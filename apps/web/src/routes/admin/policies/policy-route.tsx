import { useReadQuery } from '@apollo/client/react';
import { Suspense } from 'react';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { graphql } from '../../../graphql/generated/index.ts';
import { PolicyEditor } from './policy-editor.tsx';
import { PolicyApiChoicesQuery } from './save-policy-mutations.ts';

const PolicyRouteQuery = graphql(`
  query PolicyRoute($id: ID!) {
    policy(id: $id) {
      id
      name
      ...PolicyEditor_policy
    }
  }
`);

export function loader({ params }: LoaderFunctionArgs) {
  return {
    policyRef: preloadQuery(PolicyRouteQuery, { variables: { id: params.id! } }),
    apisRef: preloadQuery(PolicyApiChoicesQuery),
  };
}

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

export function Component() {
  return (
    <div className="page page--narrow">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/admin/policies">Policies</Link>
      </nav>
      <Suspense fallback={<Loading label="Loading the policy…" />}>
        <PolicyPage />
      </Suspense>
    </div>
  );
}

function PolicyPage() {
  const { policyRef, apisRef } = useRouteData<typeof loader>();
  const { data } = useReadQuery(policyRef);
  const { data: apis } = useReadQuery(apisRef);
  return (
    <>
      <PageHeader title={data.policy.name} description="Which APIs clients may call, how often, and for how long." />
      <PolicyEditor key={data.policy.id} policy={data.policy} apis={apis.apis.edges.map((e) => e.node)} />
    </>
  );
}
