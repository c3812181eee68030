import type { LoaderFunctionArgs } from 'react-router';
import { currentUserContext, requireUser } from '../../auth/current-user.ts';
import { AppShell, type NavGroup } from '../../components/app-shell.tsx';
import { useRouteData } from '../../app/use-route-data.ts';

export const middleware = [requireUser(['ADMIN'])];

export function loader({ context }: LoaderFunctionArgs) {
  return { user: context.get(currentUserContext) };
}

// The seed guide's menu names (System Management -> APIs); Policies and Portal Management
// join here as their screens arrive.
const navGroups: NavGroup[] = [{ label: 'System Management', links: [{ to: '/admin/apis', label: 'APIs' }] }];

/** The administration area, admins only. */
export function Component() {
  const { user } = useRouteData<typeof loader>();
  return <AppShell areaLabel="Administration" homePath="/admin" navGroups={navGroups} userName={user.name} />;
}
