import { appendFileSync, cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultMigrationsDir, defaultSchemaPath } from './default-paths.ts';
import { applyMigrations } from './migrate.ts';
import { engineMigrationList } from './schema-engine/engine-migration-list.ts';
import { withSchemaEngine } from './schema-engine/with-schema-engine.ts';
import { useTempDir } from './test-support/temp-dir.ts';

/**
 * The history applyMigrations writes must satisfy Prisma itself, so that `prisma migrate
 * status`/`deploy` work on our databases. diagnoseMigrationHistory is the engine command
 * behind `prisma migrate status`.
 */
describe("Prisma's schema engine reading a history written by applyMigrations", () => {
  const tempDir = useTempDir();

  async function diagnose(migrationsDir: string, databaseUrl: string) {
    const schema = { path: defaultSchemaPath, content: readFileSync(defaultSchemaPath, 'utf8') };
    return withSchemaEngine({ schema, databaseUrl }, (engine) =>
      engine.diagnoseMigrationHistory({
        migrationsList: engineMigrationList(migrationsDir),
        optInToShadowDatabase: false,
        filters: { externalTables: [], externalEnums: [] },
      }),
    );
  }

  it('finds the database up to date, and flags a migration edited afterwards', async () => {
    const migrationsDir = join(tempDir(), 'migrations');
    cpSync(defaultMigrationsDir, migrationsDir, { recursive: true });
    const url = `file:${join(tempDir(), 'gatehouse.db')}`;
    await applyMigrations(url, { migrationsDir });

    expect(await diagnose(migrationsDir, url)).toEqual({
      editedMigrationNames: [],
      failedMigrationNames: [],
      hasMigrationsTable: true,
      history: null,
    });

    const [first] = readdirSync(migrationsDir).filter((name) => name !== 'migration_lock.toml').sort();
    appendFileSync(join(migrationsDir, first!, 'migration.sql'), '-- edited\n');
    expect(await diagnose(migrationsDir, url)).toMatchObject({ editedMigrationNames: [first] });
  });
});
