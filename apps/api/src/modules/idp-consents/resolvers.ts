import type { Resolvers } from '../../generated/graphql.ts';

export const idpConsentsResolvers: Resolvers = {
  Query: {
    myIdpConsents: (_parent, _args, ctx) => ctx.services.idpConsents.mine(ctx.viewer),
    idpSigningKeys: (_parent, _args, ctx) => ctx.services.idpSigningKeys.list(ctx.viewer),
  },
  Mutation: {
    revokeIdpConsent: (_parent, { input }, ctx) => ctx.services.idpConsents.revoke(ctx.viewer, input.clientId),
    rotateIdpSigningKeys: (_parent, _args, ctx) => ctx.services.idpSigningKeys.rotate(ctx.viewer),
  },
};
