import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '@gatehouse/config';
import { defaultMigrationsDir, defaultSchemaPath, postgresqlMigrationsDir, postgresqlSchemaPath } from '../default-paths.ts';
import type { DatabaseKind } from '../database-kind.ts';

/** One schema with its migrations folder; its datasource provider says which database. */
export interface SchemaPair {
  kind: DatabaseKind;
  schemaPath: string;
  migrationsDir: string;
}

export interface CliOptions {
  /**
   * The pairs to work on: SQLite's and PostgreSQL's by default, or the one `--schema` and
   * `--migrations` name.
   */
  pairs: SchemaPair[];
  /** Whether the pairs are the committed defaults (the PostgreSQL schema is then derived first). */
  defaults: boolean;
  log?: (line: string) => void;
  help: boolean;
  positionals: string[];
}

export const CLI_OPTIONS_HELP = `  --schema <file>       one Prisma schema to work on instead of both committed ones
                        (prisma/schema.prisma and prisma/postgresql/schema.prisma)
  --migrations <dir>    its migrations folder (default: prisma/migrations)
  --verbose             print the schema engine's log to stderr

PostgreSQL's half uses a temporary database (created, then dropped) on the server of
GATEHOUSE_DEV_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/test).`;

export const DEFAULT_PAIRS: SchemaPair[] = [
  { kind: 'sqlite', schemaPath: defaultSchemaPath, migrationsDir: defaultMigrationsDir },
  { kind: 'postgresql', schemaPath: postgresqlSchemaPath, migrationsDir: postgresqlMigrationsDir },
];

/**
 * The options both migration CLIs share. `--schema`/`--migrations` let you (and the tests) point
 * them at copies instead of the shared files.
 */
export function parseCliOptions(argv: string[], kindOf: (schemaPath: string) => DatabaseKind): CliOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      schema: { type: 'string' },
      migrations: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  // `pnpm --filter` runs us in packages/db; resolve relative paths against the directory the
  // command was typed in (INIT_CWD, set by pnpm and npm) so `--schema ./x.prisma` means what it says.
  const base = process.env['INIT_CWD'] ?? process.cwd();
  const custom = values.schema !== undefined || values.migrations !== undefined;
  const schemaPath = values.schema ? resolve(base, values.schema) : defaultSchemaPath;
  return {
    pairs: custom
      ? [{ kind: kindOf(schemaPath), schemaPath, migrationsDir: values.migrations ? resolve(base, values.migrations) : defaultMigrationsDir }]
      : DEFAULT_PAIRS,
    defaults: !custom,
    log: values.verbose ? (line) => process.stderr.write(`${line}\n`) : undefined,
    help: values.help,
    positionals,
  };
}

/** A path as people read it in this repository: relative to its root. */
export function displayPath(path: string): string {
  const fromRoot = relative(repoRoot, path);
  return fromRoot.startsWith('..') ? path : fromRoot;
}
