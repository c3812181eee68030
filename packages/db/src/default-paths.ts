import { join } from 'node:path';
import { repoRoot } from '@gatehouse/config';

/** The one data model of Gatehouse (see prisma/schema.prisma), as written for SQLite. */
export const defaultSchemaPath = join(repoRoot, 'prisma', 'schema.prisma');

/** Prisma's standard migrations folder, next to the schema as `prisma migrate` expects it. */
export const defaultMigrationsDir = join(repoRoot, 'prisma', 'migrations');

/**
 * The same data model for PostgreSQL, derived from `defaultSchemaPath` (postgresql-schema.ts):
 * Prisma takes one provider per schema and generates one client per provider.
 */
export const postgresqlSchemaPath = join(repoRoot, 'prisma', 'postgresql', 'schema.prisma');

/** PostgreSQL's own migrations, next to its schema (its migration_lock.toml says "postgresql"). */
export const postgresqlMigrationsDir = join(repoRoot, 'prisma', 'postgresql', 'migrations');
