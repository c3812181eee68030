import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMigration } from '../create-migration.ts';
import { defaultSchemaPath, postgresqlMigrationsDir, postgresqlSchemaPath } from '../default-paths.ts';
import { findSchemaDrift } from '../find-schema-drift.ts';
import { applyMigrations } from '../migrate.ts';
import { migrationLockFor } from '../migration-lock-file.ts';
import { postgresTestsSkipReason, useTemporaryDatabases } from '../test-support/postgres.ts';
import { useTempDir } from '../test-support/temp-dir.ts';
import { derivePostgresqlSchema, postgresqlSchemaState } from './postgresql-schema.ts';

describe('the PostgreSQL schema', () => {
  it('is committed exactly as prisma/schema.prisma derives it, differing only in provider and client folder', () => {
    expect(postgresqlSchemaState().upToDate).toBe(true);
    const sqlite = readFileSync(defaultSchemaPath, 'utf8');
    const derived = derivePostgresqlSchema(sqlite);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain('output       = "../../packages/db/src/generated/prisma-postgresql"');
    // Besides the generated-file header, two lines differ.
    expect(derived.split('\n').filter((line) => !line.startsWith('//') && !sqlite.includes(line))).toHaveLength(2);
  });

  it('refuses a schema without a SQLite datasource', () => {
    expect(() => derivePostgresqlSchema('generator client {\n  output = "x"\n}\n')).toThrow(/exactly one datasource with provider = "sqlite"/);
  });
});

const skip = await postgresTestsSkipReason();

describe.skipIf(skip !== null)('PostgreSQL migrations (db:check, db:new-migration)', () => {
  const tempDir = useTempDir();
  const database = useTemporaryDatabases();

  it('finds the committed schema and migrations in agreement', async () => {
    expect(await findSchemaDrift({ schemaPath: postgresqlSchemaPath, migrationsDir: postgresqlMigrationsDir })).toEqual({ inSync: true });
  });

  it('writes a new table with its change-notification trigger, after which the check passes and it applies', async () => {
    const migrationsDir = join(tempDir(), 'migrations');
    cpSync(postgresqlMigrationsDir, migrationsDir, { recursive: true });
    const schemaPath = join(tempDir(), 'schema.prisma');
    writeFileSync(schemaPath, `${readFileSync(postgresqlSchemaPath, 'utf8')}\nmodel Webhook {\n  id  String @id\n  url String @default(";")\n}\n`);

    const created = await createMigration({ name: 'add webhooks', schemaPath, migrationsDir, now: new Date('2099-03-04T05:06:07Z') });

    expect(created?.sql).toContain('CREATE TABLE "Webhook" (');
    expect(created?.sql).toContain(`CREATE TRIGGER "gatehouse_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Webhook"`);
    expect(readFileSync(join(migrationsDir, 'migration_lock.toml'), 'utf8')).toBe(migrationLockFor('postgresql'));
    expect(await findSchemaDrift({ schemaPath, migrationsDir })).toEqual({ inSync: true });
    const { applied } = await applyMigrations((await database()).url, { migrationsDir });
    expect(applied.at(-1)).toBe('20990304050607_add_webhooks');
  });
});
