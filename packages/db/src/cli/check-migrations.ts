// pnpm db:check [--schema <file>] [--migrations <dir>] [--verbose]
//
// CI gate: fails when prisma/schema.prisma and prisma/migrations disagree, i.e. when someone
// changed the schema without running `pnpm db:new-migration <name>` (or edited a migration).
import { findSchemaDrift } from '../find-schema-drift.ts';
import { CLI_OPTIONS_HELP, displayPath, parseCliOptions } from './cli-options.ts';

const USAGE = `usage: pnpm db:check [options]
${CLI_OPTIONS_HELP}`;

async function main(): Promise<number> {
  const options = parseCliOptions(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const schema = displayPath(options.schemaPath);
  const migrations = displayPath(options.migrationsDir);

  const drift = await findSchemaDrift({
    schemaPath: options.schemaPath,
    migrationsDir: options.migrationsDir,
    log: options.log,
  });
  if (drift.inSync) {
    process.stdout.write(`OK: ${migrations} builds exactly ${schema}\n`);
    return 0;
  }
  process.stderr.write(
    `${schema} and ${migrations} disagree. A database built from the migrations would need this ` +
      `SQL to match the schema:\n\n${drift.missingSql}\n` +
      `Run \`pnpm db:new-migration <name>\` and commit the new migration folder ` +
      `(or undo the schema change).\n`,
  );
  return 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`db:check failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
