import { createBrowserRouter, redirect, type RouteObject } from 'react-router';
import * as adminLayout from '../routes/admin/admin-layout.tsx';
import * as adminApis from '../routes/admin/apis/apis-route.tsx';
import * as adminOverview from '../routes/admin/overview/admin-overview-route.tsx';
import * as home from '../routes/home-route.ts';
import * as notFound from '../routes/not-found-route.tsx';
import * as catalogue from '../routes/portal/catalogue/catalogue-route.tsx';
import * as clientDetails from '../routes/portal/clients/details/client-details-route.tsx';
import * as clients from '../routes/portal/clients/clients-route.tsx';
import * as createClient from '../routes/portal/clients/new/create-client-route.tsx';
import * as portalLayout from '../routes/portal/portal-layout.tsx';
import * as signIn from '../routes/sign-in/sign-in-route.tsx';
import * as root from './root-route.tsx';

// Opt the route context into middleware types: loaders get a RouterContextProvider.
declare module 'react-router' {
  interface Future {
    v8_middleware: true;
  }
}

/**
 * Every screen of the SPA. Each route module owns its data: `loader` starts the queries,
 * `Component` reads them, `ErrorBoundary` says what failed. The portal and admin layouts carry
 * the `requireUser` middleware, so nothing below them loads for an anonymous visitor.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    ...root,
    children: [
      { index: true, ...home },
      { path: 'sign-in', ...signIn },
      {
        path: 'portal',
        ...portalLayout,
        children: [
          { index: true, loader: () => redirect('/portal/catalogue') },
          { path: 'catalogue', ...catalogue },
          { path: 'clients', ...clients },
          { path: 'clients/new', ...createClient },
          { path: 'clients/:id', ...clientDetails },
          { path: '*', Component: notFound.PageNotFound },
        ],
      },
      {
        path: 'admin',
        ...adminLayout,
        children: [
          { index: true, ...adminOverview },
          { path: 'apis', ...adminApis },
          { path: '*', Component: notFound.PageNotFound },
        ],
      },
      { path: '*', Component: notFound.Component },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes, { future: { v8_middleware: true } });
}
