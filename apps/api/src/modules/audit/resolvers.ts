import type { Resolvers } from '../../generated/graphql.ts';

export const auditResolvers: Resolvers = {
  Query: {
    auditEvents: (_parent, args, ctx) => ctx.services.audit.list(ctx.viewer, args),
  },
  AuditEvent: {
    details: (event) => event.detailsJson,
    createdAt: (event) => event.createdAt.toISOString(),
  },
};
