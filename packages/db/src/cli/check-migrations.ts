// pnpm db:check [--schema <file>] [--migrations <dir>] [--verbose]
//
// CI gate: fails when a schema and its migrations disagree, i.e. when someone changed
// prisma/schema.prisma without running `pnpm db:new-migration <name>` (or edited a migration),
// or when prisma/postgresql/schema.prisma is not what prisma/schema.prisma derives.
import { readFileSync } from 'node:fs';
import { schemaProvider } from '../database-kind.ts';
import { findSchemaDrift } from '../find-schema-drift.ts';
import { postgresqlSchemaState } from '../postgresql/postgresql-schema.ts';
import { CLI_OPTIONS_HELP, displayPath, parseCliOptions, type SchemaPair } from './cli-options.ts';
import { howToRunPostgres, postgresRequired, whyDevPostgresDoesNotAnswer } from './postgres-availability.ts';

const USAGE = `usage: pnpm db:check [options]
${CLI_OPTIONS_HELP}`;

async function main(): Promise<number> {
  const options = parseCliOptions(process.argv.slice(2), (path) => schemaProvider(readFileSync(path, 'utf8')));
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let failed = false;
  if (options.defaults) {
    const derived = postgresqlSchemaState();
    if (derived.upToDate) {
      process.stdout.write(`OK: ${displayPath(derived.path)} is derived from prisma/schema.prisma\n`);
    } else {
      process.stderr.write(
        `${displayPath(derived.path)} is not what prisma/schema.prisma derives (it was edited by hand, or the ` +
          `schema changed without regenerating it). Run \`pnpm --filter @gatehouse/db generate\` and commit the file.\n`,
      );
      failed = true;
    }
  }
  for (const pair of options.pairs) {
    const unreachable = pair.kind === 'postgresql' ? await whyDevPostgresDoesNotAnswer() : null;
    if (unreachable) {
      if (postgresRequired()) {
        process.stderr.write(`${unreachable}, and CI=true requires the PostgreSQL check. ${howToRunPostgres()}\n`);
        failed = true;
      } else {
        process.stdout.write(
          `SKIPPED: ${displayPath(pair.migrationsDir)} was not checked: ${unreachable}. ` +
            `${howToRunPostgres()} Then run \`pnpm db:check\` again.\n`,
        );
      }
      continue;
    }
    if (!(await checkPair(pair, options.log))) failed = true;
  }
  return failed ? 1 : 0;
}

async function checkPair(pair: SchemaPair, log: ((line: string) => void) | undefined): Promise<boolean> {
  const schema = displayPath(pair.schemaPath);
  const migrations = displayPath(pair.migrationsDir);
  const drift = await findSchemaDrift({ schemaPath: pair.schemaPath, migrationsDir: pair.migrationsDir, log });
  if (drift.inSync) {
    process.stdout.write(`OK: ${migrations} builds exactly ${schema}\n`);
    return true;
  }
  process.stderr.write(
    `${schema} and ${migrations} disagree. A database built from the migrations would need this ` +
      `SQL to match the schema:\n\n${drift.missingSql}\n` +
      `Run \`pnpm db:new-migration <name>\` and commit the new migration folders ` +
      `(or undo the schema change).\n`,
  );
  return false;
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
