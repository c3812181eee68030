import { useReadQuery } from '@apollo/client/react';
import { Suspense } from 'react';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { UsageSection } from '../../../components/usage/usage-section.tsx';
import { graphql } from '../../../graphql/generated/index.ts';
import { ApiEditor } from './api-editor.tsx';

const ApiRouteQuery = graphql(`
  query ApiRoute($id: ID!) {
    api(id: $id) {
      id
      name
      ...ApiEditor_api
    }
  }
`);

export function loader({ params }: LoaderFunctionArgs) {
  return { apiRef: preloadQuery(ApiRouteQuery, { variables: { id: params.id! } }) };
}

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

export function Component() {
  return (
    <div className="page page--narrow">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/admin/apis">APIs</Link>
      </nav>
      <Suspense fallback={<Loading label="Loading the API…" />}>
        <ApiPage />
      </Suspense>
    </div>
  );
}

function ApiPage() {
  const { apiRef } = useRouteData<typeof loader>();
  const { data } = useReadQuery(apiRef);
  return (
    <>
      <PageHeader title={data.api.name} description="How the gateway serves this API and checks its tokens." />
      <ApiEditor key={data.api.id} api={data.api} />
      <UsageSection subject={{ kind: 'api', id: data.api.id }} />
    </>
  );
}
