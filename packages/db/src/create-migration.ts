import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultMigrationsDir, defaultSchemaPath } from './default-paths.ts';
import { schemaProvider } from './database-kind.ts';
import { migrationFolderName } from './migration-folder-name.ts';
import { writeMigrationLockFile } from './migration-lock-file.ts';
import { MIGRATION_SCRIPT_FILE, readMigrationFiles } from './read-migration-files.ts';
import { withChangeNotifications } from './postgresql/change-notifications.ts';
import { diffMigrationsToSchema } from './schema-engine/diff-migrations-to-schema.ts';

export interface CreateMigrationInput {
  /** Free text; slugified like Prisma does ("Add avatar" -> add_avatar). */
  name: string;
  schemaPath?: string;
  migrationsDir?: string;
  /** The timestamp of the folder name; tests pin it. */
  now?: Date;
  log?: (line: string) => void;
  /** PostgreSQL schemas: the server for the temporary shadow database. */
  postgresUrl?: string;
}

export interface CreatedMigration {
  /** e.g. 20250101120000_init */
  name: string;
  /** Absolute path of the new migration.sql. */
  path: string;
  sql: string;
}

/**
 * What `prisma migrate dev --create-only --name <name>` does, without Prisma's binary engine:
 * diff the migrations folder against the schema and write the SQL as the next migration, plus
 * Prisma's migration_lock.toml. Returns null, writing nothing, when they already agree.
 *
 * The schema's datasource provider says which database the folder is for. A PostgreSQL migration
 * also gets the change-notification trigger of every table it creates (change-notifications.ts).
 */
export async function createMigration(input: CreateMigrationInput): Promise<CreatedMigration | null> {
  const migrationsDir = input.migrationsDir ?? defaultMigrationsDir;
  // Validate the name before the (slower) engine run.
  const name = migrationFolderName(input.name, input.now ?? new Date());
  const latest = readMigrationFiles(migrationsDir).at(-1)?.name;
  if (latest !== undefined && name <= latest) {
    // Migrations run in name order. A clock behind the one that made `latest` would slot the new
    // migration before it, to be replayed on a database that lacks what `latest` created.
    throw new Error(
      `The new migration ${name} would sort before the newest existing one, ${latest}; ` +
        `check this machine's clock`,
    );
  }

  const schemaPath = input.schemaPath ?? defaultSchemaPath;
  const kind = schemaProvider(readFileSync(schemaPath, 'utf8'));
  const diff = await diffMigrationsToSchema({ schemaPath, migrationsDir, log: input.log, postgresUrl: input.postgresUrl });
  if (diff === null) return null;
  const sql = kind === 'postgresql' ? withChangeNotifications(diff) : diff;

  const dir = join(migrationsDir, name);
  if (existsSync(dir)) throw new Error(`The migration folder ${dir} already exists`);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, MIGRATION_SCRIPT_FILE);
  writeFileSync(path, sql, 'utf8');
  writeMigrationLockFile(migrationsDir, kind);
  return { name, path, sql };
}
