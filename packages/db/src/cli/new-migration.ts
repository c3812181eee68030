// pnpm db:new-migration <name> [--schema <file>] [--migrations <dir>] [--verbose]
//
// Writes prisma/migrations/<UTC timestamp>_<name>/migration.sql with the SQL that takes the
// existing migrations to prisma/schema.prisma, as `prisma migrate dev` would, using Prisma's
// Wasm schema engine (the native one cannot be downloaded here; see packages/db/README.md).
import { createMigration } from '../create-migration.ts';
import { CLI_OPTIONS_HELP, displayPath, parseCliOptions } from './cli-options.ts';

const USAGE = `usage: pnpm db:new-migration <name> [options]
${CLI_OPTIONS_HELP}`;

async function main(): Promise<number> {
  const options = parseCliOptions(process.argv.slice(2));
  const name = options.positionals.join(' ').trim();
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (name === '') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }

  const created = await createMigration({
    name,
    schemaPath: options.schemaPath,
    migrationsDir: options.migrationsDir,
    log: options.log,
  });
  if (created === null) {
    process.stdout.write('schema and migrations agree; nothing to write\n');
    return 0;
  }
  process.stdout.write(
    `Wrote ${displayPath(created.path)}:\n\n${created.sql}\n` +
      `Review it, then commit it with the schema change. It is applied at the next start.\n`,
  );
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
