import type { Resolvers } from '../../generated/graphql.ts';

export const commonResolvers: Resolvers = {
  Query: { health: () => true },
};
