import type { Resolvers } from '../../generated/graphql.ts';
import { requireAdmin } from '../common/viewer.ts';

export const catalogueResolvers: Resolvers = {
  Query: {
    catalogue: (_parent, _args, ctx) => ctx.services.catalogue.listPublished(ctx.viewer),
    publishedApis: (_parent, args, ctx) => ctx.services.catalogue.searchPublished(ctx.viewer, args),
    publishedApi: (_parent, { id }, ctx) => ctx.services.catalogue.getPublished(ctx.viewer, id),
    catalogueEntries: (_parent, args, ctx) => ctx.services.catalogueAdmin.list(ctx.viewer, args),
    catalogueEntry: (_parent, { id }, ctx) => ctx.services.catalogueAdmin.get(ctx.viewer, id),
  },
  Mutation: {
    createCatalogueEntry: (_parent, { input }, ctx) => ctx.services.catalogueAdmin.create(ctx.viewer, input),
    updateCatalogueEntry: (_parent, { input }, ctx) => ctx.services.catalogueAdmin.update(ctx.viewer, input),
    deleteCatalogueEntry: (_parent, { input }, ctx) => ctx.services.catalogueAdmin.delete(ctx.viewer, input.id),
  },
  CatalogueEntry: {
    dcrEnabled: (entry) => entry.dcr.enabled && Boolean(entry.dcr.registrationEndpoint),
    // Developers read the same type through `publishedApis`; how DCR is configured is for admins.
    visible: (entry) => entry.visible,
    overrideGlobalSettings: (entry, _args, ctx) => (requireAdmin(ctx.viewer), entry.overrideGlobalDcr),
    dcrOverride: (entry, _args, ctx) => (requireAdmin(ctx.viewer), entry.dcrOverride),
    effectiveDcr: (entry, _args, ctx) => {
      requireAdmin(ctx.viewer);
      return { source: entry.dcr.source, settings: entry.dcr.source === 'OVERRIDE' ? entry.dcrOverride! : entry.globalDcr };
    },
    createdAt: (entry) => entry.createdAt.toISOString(),
    updatedAt: (entry) => entry.updatedAt.toISOString(),
  },
};
