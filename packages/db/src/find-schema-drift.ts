import { defaultMigrationsDir, defaultSchemaPath } from './default-paths.ts';
import { diffMigrationsToSchema } from './schema-engine/diff-migrations-to-schema.ts';

export interface FindSchemaDriftInput {
  schemaPath?: string;
  migrationsDir?: string;
  log?: (line: string) => void;
  /** PostgreSQL schemas: the server for the temporary shadow database. */
  postgresUrl?: string;
}

export type SchemaDrift =
  | { inSync: true }
  /** `missingSql` is the migration that would bring the migrations up to the schema. */
  | { inSync: false; missingSql: string };

/**
 * Whether prisma/schema.prisma says what prisma/migrations builds. When it does not, a schema
 * change was committed without its migration (or a migration without its schema change), and
 * databases built from the migrations would not match the generated Prisma client.
 */
export async function findSchemaDrift(input: FindSchemaDriftInput = {}): Promise<SchemaDrift> {
  const missingSql = await diffMigrationsToSchema({
    schemaPath: input.schemaPath ?? defaultSchemaPath,
    migrationsDir: input.migrationsDir ?? defaultMigrationsDir,
    log: input.log,
    postgresUrl: input.postgresUrl,
  });
  return missingSql === null ? { inSync: true } : { inSync: false, missingSql };
}
