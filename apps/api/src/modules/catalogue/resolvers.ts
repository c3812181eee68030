import type { Resolvers } from '../../generated/graphql.ts';

export const catalogueResolvers: Resolvers = {
  Query: {
    catalogue: (_parent, _args, ctx) => ctx.services.catalogue.listPublished(ctx.viewer),
  },
  CatalogueEntry: {
    dcrEnabled: (entry) => entry.dcr.enabled && Boolean(entry.dcr.registrationEndpoint),
  },
};
