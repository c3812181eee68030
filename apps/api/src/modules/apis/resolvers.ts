import { parseIdentitySource } from '@gatehouse/dcr/identity-claims';
import type { Resolvers } from '../../generated/graphql.ts';

export const apisResolvers: Resolvers = {
  Query: {
    apis: (_parent, args, ctx) => ctx.services.apis.list(ctx.viewer, args),
    api: (_parent, { id }, ctx) => ctx.services.apis.get(ctx.viewer, id),
  },
  Mutation: {
    createApi: (_parent, { input }, ctx) => ctx.services.apis.create(ctx.viewer, input),
    updateApi: (_parent, { input }, ctx) => ctx.services.apis.update(ctx.viewer, input),
    deleteApi: (_parent, { input }, ctx) => ctx.services.apis.delete(ctx.viewer, input.id),
  },
  Api: {
    authMode: (api) => api.authMode as 'JWT',
    identitySource: (api) => parseIdentitySource(api.identitySource),
    defaultPolicy: (api, _args, ctx) => ctx.services.apis.defaultPolicy(api),
    grantedBy: (api, _args, ctx) => ctx.services.apis.grantingPolicies(api),
    gatewayUrl: (api, _args, ctx) => ctx.services.apis.gatewayUrlFor(api.listenPath),
    createdAt: (api) => api.createdAt.toISOString(),
    updatedAt: (api) => api.updatedAt.toISOString(),
  },
};
