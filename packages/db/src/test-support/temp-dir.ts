import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** A fresh directory per test, removed afterwards; call in a describe block or at file level. */
export function useTempDir(): () => string {
  let dir: string | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gatehouse-db-'));
  });
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  return () => {
    if (!dir) throw new Error('useTempDir() is only available inside a test');
    return dir;
  };
}

/** Writes `<migrationsDir>/<name>/migration.sql`, as `prisma migrate dev` lays it out. */
export function writeMigration(migrationsDir: string, name: string, sql: string): string {
  mkdirSync(join(migrationsDir, name), { recursive: true });
  const path = join(migrationsDir, name, 'migration.sql');
  writeFileSync(path, sql);
  return path;
}
