import { useReadQuery } from '@apollo/client/react';
import { Suspense } from 'react';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { graphql } from '../../../graphql/generated/index.ts';
import { PortalSettingsForm } from './portal-settings-form.tsx';

const PortalSettingsRouteQuery = graphql(`
  query PortalSettingsRoute {
    portalSettings {
      updatedAt
      ...PortalSettingsForm_settings
    }
  }
`);

export function loader() {
  return { settingsRef: preloadQuery(PortalSettingsRouteQuery) };
}

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

/** Portal Management -> Settings. */
export function Component() {
  return (
    <div className="page page--narrow">
      <PageHeader title="Settings" description="Portal-wide settings and the global Dynamic Client Registration settings." />
      <Suspense fallback={<Loading label="Loading the settings…" />}>
        <Settings />
      </Suspense>
    </div>
  );
}

function Settings() {
  const { settingsRef } = useRouteData<typeof loader>();
  const { data } = useReadQuery(settingsRef);
  return <PortalSettingsForm settings={data.portalSettings} />;
}
