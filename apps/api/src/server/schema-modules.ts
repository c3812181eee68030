import { readFileSync } from 'node:fs';
import type { Resolvers } from '../generated/graphql.ts';
import { apiTokensResolvers } from '../modules/api-tokens/resolvers.ts';
import { apisResolvers } from '../modules/apis/resolvers.ts';
import { auditResolvers } from '../modules/audit/resolvers.ts';
import { authResolvers } from '../modules/auth/resolvers.ts';
import { catalogueResolvers } from '../modules/catalogue/resolvers.ts';
import { commonResolvers } from '../modules/common/resolvers.ts';
import { dcrSettingsResolvers } from '../modules/dcr-settings/resolvers.ts';
import { developersResolvers } from '../modules/developers/resolvers.ts';
import { oauthClientsResolvers } from '../modules/oauth-clients/resolvers.ts';
import { policiesResolvers } from '../modules/policies/resolvers.ts';
import { portalSettingsResolvers } from '../modules/portal-settings/resolvers.ts';
import { usageResolvers } from '../modules/usage/resolvers.ts';
import { tryItResolvers } from '../modules/try-it/resolvers.ts';
import { idpConsentsResolvers } from '../modules/idp-consents/resolvers.ts';

/** Each domain module contributes its SDL file and resolvers; adding a module is one line here. */
const modules: { name: string; resolvers: Resolvers }[] = [
  { name: 'common', resolvers: commonResolvers },
  { name: 'auth', resolvers: authResolvers },
  { name: 'apis', resolvers: apisResolvers },
  { name: 'catalogue', resolvers: catalogueResolvers },
  { name: 'oauth-clients', resolvers: oauthClientsResolvers },
  { name: 'policies', resolvers: policiesResolvers },
  { name: 'dcr-settings', resolvers: dcrSettingsResolvers },
  { name: 'portal-settings', resolvers: portalSettingsResolvers },
  { name: 'developers', resolvers: developersResolvers },
  { name: 'audit', resolvers: auditResolvers },
  { name: 'usage', resolvers: usageResolvers },
  { name: 'try-it', resolvers: tryItResolvers },
  { name: 'api-tokens', resolvers: apiTokensResolvers },
  { name: 'idp-consents', resolvers: idpConsentsResolvers },
];

export const typeDefs = modules.map(({ name }) => readFileSync(new URL(`../modules/${name}/schema.graphql`, import.meta.url), 'utf8'));

/** Merges per-module resolver maps type by type (Query and Mutation are shared). */
export const resolvers = modules.reduce<Record<string, Record<string, unknown>>>((merged, { resolvers: r }) => {
  for (const [type, fields] of Object.entries(r)) merged[type] = { ...merged[type], ...(fields as Record<string, unknown>) };
  return merged;
}, {});
