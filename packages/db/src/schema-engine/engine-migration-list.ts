import type { MigrationList } from '@prisma/schema-engine-wasm';
import { MIGRATION_LOCK_FILE, readMigrationLockFile, SQLITE_MIGRATION_LOCK } from '../migration-lock-file.ts';
import { MIGRATION_SCRIPT_FILE, readMigrationFiles } from '../read-migration-files.ts';

/**
 * The migrations folder in the shape the engine takes it (the engine reads no files itself; the
 * Prisma CLI builds the same object in packages/migrate/src/utils/listMigrations.ts).
 */
export function engineMigrationList(migrationsDir: string): MigrationList {
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: MIGRATION_LOCK_FILE,
      // The engine takes the provider of a migrations folder from its lock file and refuses to
      // diff one without it ("missing migration_lock.toml"). A folder that has no lock file yet
      // is about to get ours (new-migration writes it), and Gatehouse is SQLite only.
      content: readMigrationLockFile(migrationsDir) ?? SQLITE_MIGRATION_LOCK,
    },
    shadowDbInitScript: '',
    migrationDirectories: readMigrationFiles(migrationsDir).map((migration) => ({
      path: migration.name,
      migrationFile: { path: MIGRATION_SCRIPT_FILE, content: { tag: 'ok', value: migration.sql } },
    })),
  };
}
