import type { LoaderFunctionArgs } from 'react-router';
import { currentUserContext, requireUser } from '../../auth/current-user.ts';
import { AppShell, type NavGroup } from '../../components/app-shell.tsx';
import { useRouteData } from '../../app/use-route-data.ts';
import './portal.css';

// Creating clients is for developers (the API refuses admins); admins have their own area.
export const middleware = [requireUser(['DEVELOPER'])];

export function loader({ context }: LoaderFunctionArgs) {
  return { user: context.get(currentUserContext) };
}

const navGroups: NavGroup[] = [
  {
    links: [
      { to: '/portal/catalogue', label: 'Catalogue' },
      { to: '/portal/clients', label: 'OAuth clients' },
      { to: '/portal/graphql-api', label: 'GraphQL API' },
      { to: '/portal/explorer', label: 'Explorer' },
      { to: '/portal/account', label: 'Account' },
    ],
  },
];

/** The developer portal: catalogue and OAuth clients. */
export function Component() {
  const { user } = useRouteData<typeof loader>();
  return <AppShell areaLabel="Developer portal" homePath="/portal" navGroups={navGroups} userName={user.name} />;
}
