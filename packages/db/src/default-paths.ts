import { join } from 'node:path';
import { repoRoot } from '@gatehouse/config';

/** The one data model of Gatehouse (see prisma/schema.prisma). */
export const defaultSchemaPath = join(repoRoot, 'prisma', 'schema.prisma');

/** Prisma's standard migrations folder, next to the schema as `prisma migrate` expects it. */
export const defaultMigrationsDir = join(repoRoot, 'prisma', 'migrations');
