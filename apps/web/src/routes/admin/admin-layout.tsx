import type { LoaderFunctionArgs } from 'react-router';
import { currentUserContext, requireUser } from '../../auth/current-user.ts';
import { AppShell, type NavGroup } from '../../components/app-shell.tsx';
import { useRouteData } from '../../app/use-route-data.ts';
import './admin.css';

export const middleware = [requireUser(['ADMIN'])];

export function loader({ context }: LoaderFunctionArgs) {
  return { user: context.get(currentUserContext) };
}

// The seed guide's menu names: System Management -> APIs / Policies, Portal Management ->
// Catalogue / Developers / Settings; OAuth clients and IdP cleanup beside Developers. API tokens,
// the GraphQL API page and the explorer (issue 6) sit with the system's own configuration.
const navGroups: NavGroup[] = [
  {
    label: 'System Management',
    links: [
      { to: '/admin/apis', label: 'APIs' },
      { to: '/admin/policies', label: 'Policies' },
      { to: '/admin/api-tokens', label: 'API tokens' },
      { to: '/admin/graphql-api', label: 'GraphQL API' },
      { to: '/admin/explorer', label: 'Explorer' },
      { to: '/admin/audit', label: 'Audit log' },
    ],
  },
  {
    label: 'Portal Management',
    links: [
      { to: '/admin/catalogue', label: 'Catalogue' },
      { to: '/admin/developers', label: 'Developers' },
      { to: '/admin/clients', label: 'OAuth clients' },
      { to: '/admin/idp-cleanup', label: 'IdP cleanup' },
      { to: '/admin/idp-signing-keys', label: 'IdP signing keys' },
      { to: '/admin/settings', label: 'Settings' },
    ],
  },
];

/** The administration area, admins only. */
export function Component() {
  const { user } = useRouteData<typeof loader>();
  return <AppShell areaLabel="Administration" homePath="/admin" navGroups={navGroups} userName={user.name} />;
}
