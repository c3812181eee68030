import { readFileSync } from 'node:fs';
import { schemaProvider } from '../database-kind.ts';
import { engineMigrationList } from './engine-migration-list.ts';
import { withSchemaEngine } from './with-schema-engine.ts';

export interface DiffMigrationsToSchemaInput {
  schemaPath: string;
  migrationsDir: string;
  /** Receives the engine's log lines (for --verbose). */
  log?: (line: string) => void;
  /** PostgreSQL schemas: the server for the temporary shadow database (withSchemaEngine). */
  postgresUrl?: string;
}

/**
 * The SQL that takes a database built from `migrationsDir` to `schemaPath`, or null when they
 * already agree. This is `prisma migrate diff --from-migrations <dir> --to-schema <schema>
 * --script`, and for non-destructive changes exactly the script `prisma migrate dev` writes.
 * (For destructive ones, migrate dev also puts a "Warnings:" comment on top; the engine only
 * adds it in createMigration, which the Wasm engine refuses for SQLite without a shadow URL.)
 */
export async function diffMigrationsToSchema(input: DiffMigrationsToSchemaInput): Promise<string | null> {
  const schema = { path: input.schemaPath, content: readFileSync(input.schemaPath, 'utf8') };
  const result = await withSchemaEngine({ schema, log: input.log, postgresUrl: input.postgresUrl }, (engine) =>
    engine.diff({
      from: { tag: 'migrations', ...engineMigrationList(input.migrationsDir, schemaProvider(schema.content)) },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      // exitCode 2 = "the diff is not empty": the engine's own emptiness test, rather than
      // guessing from the text (an empty script still reads "-- This is an empty migration.").
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    }),
  );
  return result.exitCode === 2 ? (result.stdout ?? '') : null;
}
