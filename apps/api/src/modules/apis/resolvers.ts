import type { Resolvers } from '../../generated/graphql.ts';

export const apisResolvers: Resolvers = {
  Query: {
    apis: (_parent, args, ctx) => ctx.services.apis.list(ctx.viewer, args),
  },
  Api: {
    gatewayUrl: (api, _args, ctx) => ctx.services.apis.gatewayUrlFor(api.listenPath),
  },
};
