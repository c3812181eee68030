import type { MigrationList } from '@prisma/schema-engine-wasm';
import type { DatabaseKind } from '../database-kind.ts';
import { MIGRATION_LOCK_FILE, migrationLockFor, readMigrationLockFile } from '../migration-lock-file.ts';
import { MIGRATION_SCRIPT_FILE, readMigrationFiles } from '../read-migration-files.ts';

/**
 * The migrations folder in the shape the engine takes it (the engine reads no files itself; the
 * Prisma CLI builds the same object in packages/migrate/src/utils/listMigrations.ts).
 */
export function engineMigrationList(migrationsDir: string, kind: DatabaseKind = 'sqlite'): MigrationList {
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: MIGRATION_LOCK_FILE,
      // The engine takes the provider of a migrations folder from its lock file and refuses to
      // diff one without it ("missing migration_lock.toml"). A folder that has no lock file yet
      // is about to get ours (new-migration writes it), for the schema's provider.
      content: readMigrationLockFile(migrationsDir) ?? migrationLockFor(kind),
    },
    shadowDbInitScript: '',
    migrationDirectories: readMigrationFiles(migrationsDir).map((migration) => ({
      path: migration.name,
      migrationFile: { path: MIGRATION_SCRIPT_FILE, content: { tag: 'ok', value: migration.sql } },
    })),
  };
}
