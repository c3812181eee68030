import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '@gatehouse/config';
import { defaultMigrationsDir, defaultSchemaPath } from '../default-paths.ts';

export interface CliOptions {
  schemaPath: string;
  migrationsDir: string;
  log?: (line: string) => void;
  help: boolean;
  positionals: string[];
}

export const CLI_OPTIONS_HELP = `  --schema <file>       Prisma schema (default: prisma/schema.prisma)
  --migrations <dir>    migrations folder (default: prisma/migrations)
  --verbose             print the schema engine's log to stderr`;

/**
 * The options both migration CLIs share. `--schema`/`--migrations` let you (and the tests) point
 * them at copies instead of the shared files.
 */
export function parseCliOptions(argv: string[]): CliOptions {
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
  return {
    schemaPath: values.schema ? resolve(base, values.schema) : defaultSchemaPath,
    migrationsDir: values.migrations ? resolve(base, values.migrations) : defaultMigrationsDir,
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
