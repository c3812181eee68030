import { useReadQuery } from '@apollo/client/react';
import { type LoaderFunctionArgs } from 'react-router';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { graphql } from '../../../graphql/generated/index.ts';
import { PolicyEditor } from './policy-editor.tsx';
import { PolicyApiChoicesQuery } from './save-policy-mutations.ts';
import { SubPage } from '../../../components/sub-page.tsx';

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
    <SubPage parent={{ to: '/admin/policies', label: 'Policies' }} loading="Loading the policy…">
      <PolicyPage />
    </SubPage>
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
