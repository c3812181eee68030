import type { Resolvers } from '../../generated/graphql.ts';

export const portalSettingsResolvers: Resolvers = {
  Query: {
    portalSettings: (_parent, _args, ctx) => ctx.services.portalSettings.get(ctx.viewer),
    redirectUriSeparator: (_parent, _args, ctx) => ctx.services.portalSettings.redirectUriSeparator(ctx.viewer),
  },
  Mutation: {
    updatePortalSettings: (_parent, { input }, ctx) => ctx.services.portalSettings.update(ctx.viewer, input),
  },
  PortalSettings: {
    dcr: (settings) => settings.globalDcr,
    updatedAt: (settings) => settings.updatedAt.toISOString(),
  },
};
