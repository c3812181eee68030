import type { Resolvers } from '../../generated/graphql.ts';

export const oauthClientsResolvers: Resolvers = {
  Query: {
    myOAuthClients: (_parent, args, ctx) => ctx.services.oauthClients.listMine(ctx.viewer, args),
    oauthClients: (_parent, args, ctx) => ctx.services.oauthClients.listAll(ctx.viewer, args),
    oauthClient: (_parent, { id }, ctx) => ctx.services.oauthClients.get(ctx.viewer, id),
    idpCleanups: (_parent, args, ctx) => ctx.services.oauthClients.listIdpCleanups(ctx.viewer, args),
  },
  Mutation: {
    createOAuthClient: (_parent, { input }, ctx) => ctx.services.oauthClients.create(ctx.viewer, input),
    updateOAuthClient: (_parent, { input }, ctx) => ctx.services.oauthClients.update(ctx.viewer, input),
    rotateOAuthClientSecret: (_parent, { input }, ctx) => ctx.services.oauthClients.rotateSecret(ctx.viewer, input),
    deleteOAuthClient: (_parent, { input }, ctx) => ctx.services.oauthClients.delete(ctx.viewer, input),
    resolveIdpCleanup: (_parent, { input }, ctx) => ctx.services.oauthClients.resolveIdpCleanup(ctx.viewer, input),
  },
};
