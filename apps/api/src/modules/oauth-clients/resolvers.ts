import type { Resolvers } from '../../generated/graphql.ts';

export const oauthClientsResolvers: Resolvers = {
  Query: {
    myOAuthClients: (_parent, args, ctx) => ctx.services.oauthClients.listMine(ctx.viewer, args),
    oauthClient: (_parent, { id }, ctx) => ctx.services.oauthClients.get(ctx.viewer, id),
  },
  Mutation: {
    createOAuthClient: (_parent, { input }, ctx) => ctx.services.oauthClients.create(ctx.viewer, input),
  },
};
