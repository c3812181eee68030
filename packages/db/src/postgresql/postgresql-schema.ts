import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { defaultSchemaPath, postgresqlSchemaPath } from '../default-paths.ts';

const HEADER = `// GENERATED from prisma/schema.prisma by \`pnpm --filter @gatehouse/db generate\` (also run by
// \`pnpm db:new-migration\`); do not edit. Edit prisma/schema.prisma instead: \`pnpm db:check\`
// fails when this file says something else. Prisma takes one provider per schema, so the one
// data model is written once and this copy only differs in its provider and client folder.

`;

/**
 * The PostgreSQL schema for a SQLite schema text: the datasource provider becomes "postgresql" and
 * the generated client goes to `<sqlite client folder>-postgresql` (a client generated for one
 * provider refuses the other's driver adapter). Everything else is copied as is, so a model field
 * type SQLite lacks (`String[]`, `@db.*`) cannot slip into one side only.
 */
export function derivePostgresqlSchema(
  sqliteSchema: string,
  paths: { sqliteSchemaPath: string; postgresqlSchemaPath: string } = { sqliteSchemaPath: defaultSchemaPath, postgresqlSchemaPath },
): string {
  let providers = 0;
  let outputs = 0;
  const body = sqliteSchema
    .replace(/(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*)"sqlite"/g, (_m, before: string) => {
      providers++;
      return `${before}"postgresql"`;
    })
    .replace(/(generator\s+\w+\s*\{[^}]*?output\s*=\s*)"([^"]+)"/g, (_m, before: string, output: string) => {
      outputs++;
      const absolute = resolve(dirname(paths.sqliteSchemaPath), output);
      return `${before}"${relative(dirname(paths.postgresqlSchemaPath), `${absolute}-postgresql`)}"`;
    });
  if (providers !== 1 || outputs !== 1) {
    throw new Error(
      `${paths.sqliteSchemaPath} must have exactly one datasource with provider = "sqlite" and one generator ` +
        `with an output folder (found ${providers} and ${outputs})`,
    );
  }
  return HEADER + body;
}

export interface PostgresqlSchemaState {
  path: string;
  expected: string;
  /** Whether the file on disk is what `expected` says. */
  upToDate: boolean;
}

/** Compares the committed PostgreSQL schema with what prisma/schema.prisma derives. */
export function postgresqlSchemaState(sqliteSchemaPath = defaultSchemaPath, pgSchemaPath = postgresqlSchemaPath): PostgresqlSchemaState {
  const expected = derivePostgresqlSchema(readFileSync(sqliteSchemaPath, 'utf8'), { sqliteSchemaPath, postgresqlSchemaPath: pgSchemaPath });
  const upToDate = existsSync(pgSchemaPath) && readFileSync(pgSchemaPath, 'utf8') === expected;
  return { path: pgSchemaPath, expected, upToDate };
}

/** Writes the derived PostgreSQL schema when it differs; true when it wrote. */
export function writePostgresqlSchema(sqliteSchemaPath = defaultSchemaPath, pgSchemaPath = postgresqlSchemaPath): boolean {
  const state = postgresqlSchemaState(sqliteSchemaPath, pgSchemaPath);
  if (state.upToDate) return false;
  mkdirSync(dirname(pgSchemaPath), { recursive: true });
  writeFileSync(pgSchemaPath, state.expected, 'utf8');
  return true;
}
