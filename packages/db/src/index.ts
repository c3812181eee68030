export { createPrismaClient } from './create-prisma-client.ts';
export { tableWritesOf, type TableWrites } from './table-writes.ts';
export { foldForSearch, foldUnfoldedSearchColumns } from './fold-for-search.ts';
export { applyMigrations, type ApplyMigrationsOptions } from './migrate.ts';
export { CHANGES_CHANNEL } from './postgresql/change-notifications.ts';
export { databaseKindOf, type DatabaseKind } from './database-kind.ts';
export { Prisma, PrismaClient } from './generated/prisma/client.ts';
export type {
  Api,
  ApiToken,
  AuditEvent,
  CatalogueEntry,
  DcrSettings,
  IdpCleanup,
  OAuthClient,
  Policy,
  PortalSettings,
  Session,
  User,
} from './generated/prisma/client.ts';
