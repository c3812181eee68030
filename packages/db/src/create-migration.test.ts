import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMigration } from './create-migration.ts';
import { defaultMigrationsDir, defaultSchemaPath } from './default-paths.ts';
import { findSchemaDrift } from './find-schema-drift.ts';
import { applyMigrations } from './migrate.ts';
import { SQLITE_MIGRATION_LOCK } from './migration-lock-file.ts';
import { useTempDir } from './test-support/temp-dir.ts';

describe('createMigration (pnpm db:new-migration)', () => {
  const tempDir = useTempDir();
  // Later than any committed migration, so the new one sorts last.
  const now = new Date('2099-03-04T05:06:07Z');

  it('writes the initial migration and the lock file into an empty folder', async () => {
    const migrationsDir = join(tempDir(), 'migrations');

    const created = await createMigration({ name: 'init', schemaPath: defaultSchemaPath, migrationsDir, now });

    expect(created?.name).toBe('20990304050607_init');
    expect(readFileSync(join(migrationsDir, '20990304050607_init', 'migration.sql'), 'utf8')).toBe(created?.sql);
    expect(created?.sql).toMatch(/^-- CreateTable\nCREATE TABLE "User" \(/);
    expect(readFileSync(join(migrationsDir, 'migration_lock.toml'), 'utf8')).toBe(SQLITE_MIGRATION_LOCK);
  });

  it('writes the next migration for a schema change, after which the check passes', async () => {
    const migrationsDir = join(tempDir(), 'migrations');
    cpSync(defaultMigrationsDir, migrationsDir, { recursive: true });
    const schemaPath = join(tempDir(), 'schema.prisma');
    const schema = readFileSync(defaultSchemaPath, 'utf8');
    writeFileSync(schemaPath, schema.replace(/^(\s+name\s+String)$/m, '$1\n  avatarUrl    String?'));

    const created = await createMigration({ name: 'Add user avatar', schemaPath, migrationsDir, now });

    expect(created?.name).toBe('20990304050607_add_user_avatar');
    expect(created?.sql).toBe('-- AlterTable\nALTER TABLE "User" ADD COLUMN "avatarUrl" TEXT;\n');
    expect(await findSchemaDrift({ schemaPath, migrationsDir })).toEqual({ inSync: true });
    const { applied } = await applyMigrations(`file:${join(tempDir(), 'db.sqlite')}`, { migrationsDir });
    expect(applied.at(-1)).toBe('20990304050607_add_user_avatar');
  });

  it('writes nothing when schema and migrations agree', async () => {
    const migrationsDir = join(tempDir(), 'migrations');
    cpSync(defaultMigrationsDir, migrationsDir, { recursive: true });
    const before = readdirSync(migrationsDir);

    expect(await createMigration({ name: 'noop', schemaPath: defaultSchemaPath, migrationsDir, now })).toBeNull();
    expect(readdirSync(migrationsDir)).toEqual(before);
    expect(existsSync(join(migrationsDir, '20990304050607_noop'))).toBe(false);
  });

  it('refuses a timestamp that would sort before the newest migration', async () => {
    const migrationsDir = join(tempDir(), 'migrations');
    cpSync(defaultMigrationsDir, migrationsDir, { recursive: true });

    await expect(
      createMigration({ name: 'late', migrationsDir, now: new Date('2000-01-01T00:00:00Z') }),
    ).rejects.toThrow(/20000101000000_late would sort before the newest existing one/);
  });

  it('rejects a name with nothing usable in it before running the engine', async () => {
    await expect(createMigration({ name: '!!!', migrationsDir: join(tempDir(), 'm') })).rejects.toThrow(
      /not a usable migration name/,
    );
  });
});
