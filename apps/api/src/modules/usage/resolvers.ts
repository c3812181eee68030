import type { Resolvers } from '../../generated/graphql.ts';

export const usageResolvers: Resolvers = {
  OAuthClient: {
    usage: (client, _args, ctx) => ctx.services.usage.forClient(ctx.viewer, client.id),
  },
};
