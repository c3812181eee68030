import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultMigrationsDir, defaultSchemaPath } from './default-paths.ts';
import { findSchemaDrift } from './find-schema-drift.ts';
import { useTempDir } from './test-support/temp-dir.ts';

describe('findSchemaDrift (pnpm db:check)', () => {
  const tempDir = useTempDir();

  it('finds the committed schema and migrations in agreement', async () => {
    expect(await findSchemaDrift({ schemaPath: defaultSchemaPath, migrationsDir: defaultMigrationsDir })).toEqual({
      inSync: true,
    });
  });

  it('reports the SQL that is missing when the schema has a model no migration creates', async () => {
    const schemaPath = join(tempDir(), 'schema.prisma');
    writeFileSync(
      schemaPath,
      `${readFileSync(defaultSchemaPath, 'utf8')}\nmodel Webhook {\n  id  String @id\n  url String\n}\n`,
    );

    const drift = await findSchemaDrift({ schemaPath, migrationsDir: defaultMigrationsDir });

    expect(drift.inSync).toBe(false);
    expect(drift.inSync === false && drift.missingSql).toContain(
      'CREATE TABLE "Webhook" (\n    "id" TEXT NOT NULL PRIMARY KEY,\n    "url" TEXT NOT NULL\n);',
    );
  });

  it('reads a migrations folder that has no migration_lock.toml', async () => {
    const migrationsDir = join(tempDir(), 'migrations');
    cpSync(defaultMigrationsDir, migrationsDir, { recursive: true });
    rmSync(join(migrationsDir, 'migration_lock.toml'));

    expect(await findSchemaDrift({ schemaPath: defaultSchemaPath, migrationsDir })).toEqual({ inSync: true });
  });
});
