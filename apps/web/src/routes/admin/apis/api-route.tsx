import { useReadQuery } from '@apollo/client/react';
import { type LoaderFunctionArgs } from 'react-router';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { UsageSection } from '../../../components/usage/usage-section.tsx';
import { graphql } from '../../../graphql/generated/index.ts';
import { ApiEditor } from './api-editor.tsx';
import { SubPage } from '../../../components/sub-page.tsx';

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
    <SubPage parent={{ to: '/admin/apis', label: 'APIs' }} loading="Loading the API…">
      <ApiPage />
    </SubPage>
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
