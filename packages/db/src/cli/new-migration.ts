// pnpm db:new-migration <name> [--schema <file>] [--migrations <dir>] [--verbose]
//
// Writes prisma/migrations/<UTC timestamp>_<name>/migration.sql and
// prisma/postgresql/migrations/<same name>/migration.sql with the SQL that takes the existing
// migrations to the schema, as `prisma migrate dev` would, using Prisma's Wasm schema engine (the
// native one cannot be downloaded here; see packages/db/README.md).
import { readFileSync } from 'node:fs';
import { createMigration } from '../create-migration.ts';
import { schemaProvider } from '../database-kind.ts';
import { postgresqlSchemaPath } from '../default-paths.ts';
import { writePostgresqlSchema } from '../postgresql/postgresql-schema.ts';
import { CLI_OPTIONS_HELP, displayPath, parseCliOptions } from './cli-options.ts';
import { howToRunPostgres, whyDevPostgresDoesNotAnswer } from './postgres-availability.ts';

const USAGE = `usage: pnpm db:new-migration <name> [options]
${CLI_OPTIONS_HELP}`;

async function main(): Promise<number> {
  const options = parseCliOptions(process.argv.slice(2), (path) => schemaProvider(readFileSync(path, 'utf8')));
  const name = options.positionals.join(' ').trim();
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (name === '') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  // Both databases get the migration, or neither: half a pair would fail db:check later.
  const unreachable = options.pairs.some((pair) => pair.kind === 'postgresql') ? await whyDevPostgresDoesNotAnswer() : null;
  if (unreachable) {
    process.stderr.write(`Writing the PostgreSQL migration needs PostgreSQL: ${unreachable}. Nothing was written. ${howToRunPostgres()}\n`);
    return 1;
  }
  if (options.defaults && writePostgresqlSchema()) {
    process.stdout.write(`Wrote ${displayPath(postgresqlSchemaPath)} from prisma/schema.prisma\n`);
  }

  const now = new Date();
  let wrote = false;
  for (const pair of options.pairs) {
    const created = await createMigration({ name, schemaPath: pair.schemaPath, migrationsDir: pair.migrationsDir, log: options.log, now });
    if (created === null) {
      process.stdout.write(`${displayPath(pair.migrationsDir)}: schema and migrations agree; nothing to write\n`);
      continue;
    }
    wrote = true;
    process.stdout.write(`Wrote ${displayPath(created.path)}:\n\n${created.sql}\n`);
  }
  if (wrote) process.stdout.write(`Review them, then commit them with the schema change. They are applied at the next start.\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`new-migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
