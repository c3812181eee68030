import { Outlet, ScrollRestoration } from 'react-router';

export { RootError as ErrorBoundary } from '../components/route-error.tsx';
export { FullPageLoading as HydrateFallback } from '../components/loading.tsx';

export function Component() {
  return (
    <>
      <Outlet />
      <ScrollRestoration />
    </>
  );
}
