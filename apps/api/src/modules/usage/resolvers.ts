import type { Resolvers } from '../../generated/graphql.ts';

export const usageResolvers: Resolvers = {
  Query: {
    apiUsageOverTime: (_parent, { apiId, range, bucket }, ctx) => ctx.services.usageOverTime.forApi(ctx.viewer, apiId, { range, bucket }),
  },
  OAuthClient: {
    usage: (client, _args, ctx) => ctx.services.usage.forClient(ctx.viewer, client.id),
    usageOverTime: (client, { range, bucket, apiId }, ctx) => ctx.services.usageOverTime.forClient(ctx.viewer, client.id, { range, bucket, apiId }),
  },
  Api: {
    usageOverTime: (api, { range, bucket }, ctx) => ctx.services.usageOverTime.forApi(ctx.viewer, api.id, { range, bucket }),
  },
};
