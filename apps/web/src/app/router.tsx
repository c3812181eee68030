import { createBrowserRouter, redirect, type RouteObject } from 'react-router';
import * as adminLayout from '../routes/admin/admin-layout.tsx';
import * as home from '../routes/home-route.ts';
import * as notFound from '../routes/not-found-route.tsx';
import * as catalogue from '../routes/portal/catalogue/catalogue-route.tsx';
import * as portalLayout from '../routes/portal/portal-layout.tsx';
import * as root from './root-route.tsx';

// Opt the route context into middleware types: loaders get a RouterContextProvider.
declare module 'react-router' {
  interface Future {
    v8_middleware: true;
  }
}

// Issue 6's pages load on first visit (GraphiQL above all): none is on the portal's first screen.
const explorerRoute = () => import('../routes/explorer/explorer-route.tsx');
const graphqlDocsRoute = () => import('../routes/graphql-docs/graphql-docs-route.tsx');

/**
 * Every screen of the SPA. Each route module owns its data: `loader` starts the queries,
 * `Component` reads them, `ErrorBoundary` says what failed. The portal and admin layouts carry
 * the `requireUser` middleware, so nothing below them loads for an anonymous visitor.
 *
 * Only what the developer portal's first page renders is in the entry chunk: the layouts and the
 * catalogue. Every other screen (sign-in included) is a chunk fetched on first visit with `lazy`
 * (issue 7: that page within 150 KB of JavaScript, gzip); the top bar's progress line covers
 * the fetch, and the root's `HydrateFallback` a first load straight onto such a screen.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    ...root,
    children: [
      { index: true, ...home },
      { path: 'sign-in', lazy: () => import('../routes/sign-in/sign-in-route.tsx') },
      { path: 'sign-up', lazy: () => import('../routes/sign-up/sign-up-route.tsx') },
      {
        path: 'portal',
        ...portalLayout,
        children: [
          { index: true, loader: () => redirect('/portal/catalogue') },
          { path: 'catalogue', ...catalogue },
          { path: 'clients', lazy: () => import('../routes/portal/clients/clients-route.tsx') },
          { path: 'clients/new', lazy: () => import('../routes/portal/clients/new/create-client-route.tsx') },
          { path: 'clients/:id', lazy: () => import('../routes/portal/clients/details/client-details-route.tsx') },
          { path: 'oauth/callback', lazy: () => import('../routes/portal/try-it/oauth-callback-route.tsx') },
          { path: 'account', lazy: () => import('../routes/portal/account/account-route.tsx') },
          { path: 'account/tokens', lazy: () => import('../routes/portal/account/api-tokens-route.tsx') },
          { path: 'graphql-api', lazy: graphqlDocsRoute },
          { path: 'explorer', lazy: explorerRoute },
          { path: '*', Component: notFound.PageNotFound },
        ],
      },
      {
        path: 'admin',
        ...adminLayout,
        // Each admin screen is a chunk of its own, fetched on first visit: developers never load
        // admin code (issue 7: the portal's first page within 150 KB of JavaScript, gzip).
        children: [
          { index: true, lazy: () => import('../routes/admin/overview/admin-overview-route.tsx') },
          { path: 'apis', lazy: () => import('../routes/admin/apis/apis-route.tsx') },
          { path: 'apis/new', lazy: () => import('../routes/admin/apis/new-api-route.tsx') },
          { path: 'apis/:id', lazy: () => import('../routes/admin/apis/api-route.tsx') },
          { path: 'policies', lazy: () => import('../routes/admin/policies/policies-route.tsx') },
          { path: 'policies/new', lazy: () => import('../routes/admin/policies/new-policy-route.tsx') },
          { path: 'policies/:id', lazy: () => import('../routes/admin/policies/policy-route.tsx') },
          { path: 'catalogue', lazy: () => import('../routes/admin/catalogue/catalogue-route.tsx') },
          { path: 'catalogue/new', lazy: () => import('../routes/admin/catalogue/new-catalogue-entry-route.tsx') },
          { path: 'catalogue/:id', lazy: () => import('../routes/admin/catalogue/catalogue-entry-route.tsx') },
          { path: 'developers', lazy: () => import('../routes/admin/developers/developers-route.tsx') },
          { path: 'developers/new', lazy: () => import('../routes/admin/developers/new-developer-route.tsx') },
          { path: 'developers/:id', lazy: () => import('../routes/admin/developers/developer-route.tsx') },
          { path: 'clients', lazy: () => import('../routes/admin/clients/clients-route.tsx') },
          { path: 'clients/:id', lazy: () => import('../routes/admin/clients/client-route.tsx') },
          { path: 'idp-cleanup', lazy: () => import('../routes/admin/idp-cleanup/idp-cleanup-route.tsx') },
          { path: 'idp-signing-keys', lazy: () => import('../routes/admin/idp-signing-keys/idp-signing-keys-route.tsx') },
          { path: 'settings', lazy: () => import('../routes/admin/settings/portal-settings-route.tsx') },
          { path: 'audit', lazy: () => import('../routes/admin/audit/audit-log-route.tsx') },
          { path: 'api-tokens', lazy: () => import('../routes/admin/api-tokens/api-tokens-route.tsx') },
          { path: 'graphql-api', lazy: graphqlDocsRoute },
          { path: 'explorer', lazy: explorerRoute },
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
