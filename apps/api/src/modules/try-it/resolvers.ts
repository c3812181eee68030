import type { Resolvers } from '../../generated/graphql.ts';

export const tryItResolvers: Resolvers = {
  OAuthClient: {
    tryIt: (client, _args, ctx) => ctx.services.tryIt.options(ctx.viewer, client),
  },
  Mutation: {
    getClientCredentialsToken: (_parent, { input }, ctx) => ctx.services.tryIt.getClientCredentialsToken(ctx.viewer, input),
    startAuthorization: (_parent, { input }, ctx) => ctx.services.tryIt.startAuthorization(ctx.viewer, input),
    exchangeAuthorizationCode: (_parent, { input }, ctx) => ctx.services.tryIt.exchangeAuthorizationCode(ctx.viewer, input),
    callApi: (_parent, { input }, ctx) => ctx.services.tryIt.callApi(ctx.viewer, input),
  },
};
