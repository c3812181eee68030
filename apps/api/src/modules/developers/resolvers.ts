import type { Resolvers } from '../../generated/graphql.ts';

export const developersResolvers: Resolvers = {
  Query: {
    developers: (_parent, args, ctx) => ctx.services.developers.list(ctx.viewer, args),
    developer: (_parent, { id }, ctx) => ctx.services.developers.get(ctx.viewer, id),
  },
  Mutation: {
    addDeveloper: (_parent, { input }, ctx) => ctx.services.developers.add(ctx.viewer, input),
    deactivateDeveloper: (_parent, { input }, ctx) => ctx.services.developers.setActive(ctx.viewer, input.id, false),
    reactivateDeveloper: (_parent, { input }, ctx) => ctx.services.developers.setActive(ctx.viewer, input.id, true),
  },
  Developer: {
    clientCount: (developer) => developer._count.clients,
    clients: (developer, args, ctx) => ctx.services.developers.clients(ctx.viewer, developer.id, args),
    createdAt: (developer) => developer.createdAt.toISOString(),
  },
  DeveloperClient: {
    apis: (client) => client.catalogueEntries.map((e) => e.publicName),
    createdAt: (client) => client.createdAt.toISOString(),
  },
};
