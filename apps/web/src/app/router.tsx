import { createBrowserRouter, redirect, type RouteObject } from 'react-router';
import * as adminLayout from '../routes/admin/admin-layout.tsx';
import * as adminApis from '../routes/admin/apis/apis-route.tsx';
import * as adminApi from '../routes/admin/apis/api-route.tsx';
import * as adminNewApi from '../routes/admin/apis/new-api-route.tsx';
import * as adminAuditLog from '../routes/admin/audit/audit-log-route.tsx';
import * as adminCatalogueEntry from '../routes/admin/catalogue/catalogue-entry-route.tsx';
import * as adminCatalogue from '../routes/admin/catalogue/catalogue-route.tsx';
import * as adminNewCatalogueEntry from '../routes/admin/catalogue/new-catalogue-entry-route.tsx';
import * as adminClient from '../routes/admin/clients/client-route.tsx';
import * as adminClients from '../routes/admin/clients/clients-route.tsx';
import * as adminDeveloper from '../routes/admin/developers/developer-route.tsx';
import * as adminDevelopers from '../routes/admin/developers/developers-route.tsx';
import * as adminNewDeveloper from '../routes/admin/developers/new-developer-route.tsx';
import * as adminIdpCleanup from '../routes/admin/idp-cleanup/idp-cleanup-route.tsx';
import * as adminNewPolicy from '../routes/admin/policies/new-policy-route.tsx';
import * as adminPolicies from '../routes/admin/policies/policies-route.tsx';
import * as adminPolicy from '../routes/admin/policies/policy-route.tsx';
import * as adminSettings from '../routes/admin/settings/portal-settings-route.tsx';
import * as adminOverview from '../routes/admin/overview/admin-overview-route.tsx';
import * as home from '../routes/home-route.ts';
import * as notFound from '../routes/not-found-route.tsx';
import * as account from '../routes/portal/account/account-route.tsx';
import * as catalogue from '../routes/portal/catalogue/catalogue-route.tsx';
import * as clientDetails from '../routes/portal/clients/details/client-details-route.tsx';
import * as clients from '../routes/portal/clients/clients-route.tsx';
import * as createClient from '../routes/portal/clients/new/create-client-route.tsx';
import * as portalLayout from '../routes/portal/portal-layout.tsx';
import * as signIn from '../routes/sign-in/sign-in-route.tsx';
import * as signUp from '../routes/sign-up/sign-up-route.tsx';
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
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    ...root,
    children: [
      { index: true, ...home },
      { path: 'sign-in', ...signIn },
      { path: 'sign-up', ...signUp },
      {
        path: 'portal',
        ...portalLayout,
        children: [
          { index: true, loader: () => redirect('/portal/catalogue') },
          { path: 'catalogue', ...catalogue },
          { path: 'clients', ...clients },
          { path: 'clients/new', ...createClient },
          { path: 'clients/:id', ...clientDetails },
          { path: 'oauth/callback', lazy: () => import('../routes/portal/try-it/oauth-callback-route.tsx') },
          { path: 'account', ...account },
          { path: 'account/tokens', lazy: () => import('../routes/portal/account/api-tokens-route.tsx') },
          { path: 'graphql-api', lazy: graphqlDocsRoute },
          { path: 'explorer', lazy: explorerRoute },
          { path: '*', Component: notFound.PageNotFound },
        ],
      },
      {
        path: 'admin',
        ...adminLayout,
        children: [
          { index: true, ...adminOverview },
          { path: 'apis', ...adminApis },
          { path: 'apis/new', ...adminNewApi },
          { path: 'apis/:id', ...adminApi },
          { path: 'policies', ...adminPolicies },
          { path: 'policies/new', ...adminNewPolicy },
          { path: 'policies/:id', ...adminPolicy },
          { path: 'catalogue', ...adminCatalogue },
          { path: 'catalogue/new', ...adminNewCatalogueEntry },
          { path: 'catalogue/:id', ...adminCatalogueEntry },
          { path: 'developers', ...adminDevelopers },
          { path: 'developers/new', ...adminNewDeveloper },
          { path: 'developers/:id', ...adminDeveloper },
          { path: 'clients', ...adminClients },
          { path: 'clients/:id', ...adminClient },
          { path: 'idp-cleanup', ...adminIdpCleanup },
          { path: 'settings', ...adminSettings },
          { path: 'audit', ...adminAuditLog },
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
