import type { Resolvers } from '../../generated/graphql.ts';

export const policiesResolvers: Resolvers = {
  Query: {
    policies: (_parent, args, ctx) => ctx.services.policies.list(ctx.viewer, args),
    policy: (_parent, { id }, ctx) => ctx.services.policies.get(ctx.viewer, id),
  },
  Mutation: {
    createPolicy: (_parent, { input }, ctx) => ctx.services.policies.create(ctx.viewer, input),
    updatePolicy: (_parent, { input }, ctx) => ctx.services.policies.update(ctx.viewer, input),
    deletePolicy: (_parent, { input }, ctx) => ctx.services.policies.delete(ctx.viewer, input.id),
  },
  Policy: {
    apis: (policy) => policy.apis,
    defaultForApis: (policy, _args, ctx) => ctx.services.policies.defaultFor(policy.id),
    catalogueEntries: (policy, _args, ctx) => ctx.services.catalogueAdmin.byPolicy(policy.id),
    createdAt: (policy) => policy.createdAt.toISOString(),
    updatedAt: (policy) => policy.updatedAt.toISOString(),
  },
};
