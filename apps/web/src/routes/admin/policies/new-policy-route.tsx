import { useReadQuery } from '@apollo/client/react';
import { Suspense } from 'react';
import { Link } from 'react-router';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PolicyEditor } from './policy-editor.tsx';
import { PolicyApiChoicesQuery } from './save-policy-mutations.ts';

export function loader() {
  return { apisRef: preloadQuery(PolicyApiChoicesQuery) };
}

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

/** Add Policy: select the APIs, then the Configurations tab (name, expiry), then Create Policy. */
export function Component() {
  return (
    <div className="page page--narrow">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/admin/policies">Policies</Link>
      </nav>
      <PageHeader title="Add Policy" description="Which APIs clients may call, how often, and for how long." />
      <Suspense fallback={<Loading label="Loading the APIs…" />}>
        <NewPolicy />
      </Suspense>
    </div>
  );
}

function NewPolicy() {
  const { apisRef } = useRouteData<typeof loader>();
  const { data } = useReadQuery(apisRef);
  return <PolicyEditor apis={data.apis.edges.map((e) => e.node)} />;
}
