import type { Resolvers } from '../../generated/graphql.ts';

export const apiTokensResolvers: Resolvers = {
  Query: {
    apiTokens: (_parent, args, ctx) => ctx.services.apiTokens.list(ctx.viewer, args),
  },
  Mutation: {
    createApiToken: (_parent, { input }, ctx) => ctx.services.apiTokens.create(ctx.viewer, input),
    revokeApiToken: (_parent, { input }, ctx) => ctx.services.apiTokens.revoke(ctx.viewer, input.id),
  },
  ApiToken: {
    createdAt: (token) => token.createdAt.toISOString(),
    expiresAt: (token) => token.expiresAt.toISOString(),
    lastUsedAt: (token) => token.lastUsedAt?.toISOString() ?? null,
    revokedAt: (token) => token.revokedAt?.toISOString() ?? null,
    status: (token, _args, ctx) => ctx.services.apiTokens.status(token),
  },
};
