import { useReadQuery } from '@apollo/client/react';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { PolicyEditor } from './policy-editor.tsx';
import { PolicyApiChoicesQuery } from './save-policy-mutations.ts';
import { SubPage } from '../../../components/sub-page.tsx';

export function loader() {
  return { apisRef: preloadQuery(PolicyApiChoicesQuery) };
}

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

/** Add Policy: select the APIs, then the Configurations tab (name, expiry), then Create Policy. */
export function Component() {
  return (
    <SubPage parent={{ to: '/admin/policies', label: 'Policies' }} title="Add Policy" description="Which APIs clients may call, how often, and for how long." loading="Loading the APIs…">
      <NewPolicy />
    </SubPage>
  );
}

function NewPolicy() {
  const { apisRef } = useRouteData<typeof loader>();
  const { data } = useReadQuery(apisRef);
  return <PolicyEditor apis={data.apis.edges.map((e) => e.node)} />;
}
