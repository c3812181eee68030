import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from './migrate.ts';
import { useTempDir, writeMigration } from './test-support/temp-dir.ts';

const CREATE_TEAM = 'CREATE TABLE "Team" ("id" TEXT NOT NULL PRIMARY KEY, "name" TEXT NOT NULL);\n';
const CREATE_MEMBER = `CREATE TABLE "Member" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    CONSTRAINT "Member_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
`;

interface HistoryRow {
  id: string;
  checksum: string;
  finished_at: number | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: number | null;
  started_at: number;
  applied_steps_count: number;
}

function readHistory(file: string): HistoryRow[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT * FROM "_prisma_migrations" ORDER BY migration_name').all() as HistoryRow[];
  } finally {
    db.close();
  }
}

function tableNames(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all();
    return (rows as { name: string }[]).map((row) => row.name);
  } finally {
    db.close();
  }
}

describe('applyMigrations', () => {
  const tempDir = useTempDir();
  const paths = () => {
    const migrationsDir = join(tempDir(), 'migrations');
    // A parent folder that does not exist yet: applyMigrations must create it.
    const file = join(tempDir(), 'data', 'nested', 'portal.db');
    return { migrationsDir, file, url: `file:${file}` };
  };

  it('applies every migration in name order into a new file and records each as Prisma does', async () => {
    const { migrationsDir, file, url } = paths();
    // Written in reverse: order must come from the names, not from the file system.
    const memberPath = writeMigration(migrationsDir, '20250102000000_add_member', CREATE_MEMBER);
    const teamPath = writeMigration(migrationsDir, '20250101000000_init', CREATE_TEAM);

    const result = await applyMigrations(url, { migrationsDir });

    expect(result.applied).toEqual(['20250101000000_init', '20250102000000_add_member']);
    expect(tableNames(file)).toEqual(['Member', 'Team', '_prisma_migrations']);
    const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
    expect(readHistory(file)).toEqual([
      expect.objectContaining({
        migration_name: '20250101000000_init',
        checksum: sha256(teamPath),
        finished_at: expect.any(Number),
        started_at: expect.any(Number),
        logs: null,
        rolled_back_at: null,
        applied_steps_count: 1,
      }),
      expect.objectContaining({ migration_name: '20250102000000_add_member', checksum: sha256(memberPath) }),
    ]);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('skips applied migrations on later runs and applies only new ones', async () => {
    const { migrationsDir, file, url } = paths();
    writeMigration(migrationsDir, '20250101000000_init', CREATE_TEAM);
    await applyMigrations(url, { migrationsDir });
    const firstHistory = readHistory(file);

    expect(await applyMigrations(url, { migrationsDir })).toEqual({ applied: [] });
    expect(readHistory(file)).toEqual(firstHistory);

    writeMigration(migrationsDir, '20250102000000_add_member', CREATE_MEMBER);
    expect(await applyMigrations(url, { migrationsDir })).toEqual({ applied: ['20250102000000_add_member'] });
    expect(readHistory(file)).toHaveLength(2);
  });

  it('refuses to run when an applied migration was edited, naming it, and applies nothing', async () => {
    const { migrationsDir, file, url } = paths();
    const initPath = writeMigration(migrationsDir, '20250101000000_init', CREATE_TEAM);
    await applyMigrations(url, { migrationsDir });

    appendFileSync(initPath, 'CREATE INDEX "Team_name_idx" ON "Team"("name");\n');
    writeMigration(migrationsDir, '20250102000000_add_member', CREATE_MEMBER);

    await expect(applyMigrations(url, { migrationsDir })).rejects.toThrow(
      /Migration 20250101000000_init was changed after it was applied/,
    );
    expect(tableNames(file)).not.toContain('Member');
    expect(readHistory(file)).toHaveLength(1);
  });

  it('rolls back a failing migration completely and names it', async () => {
    const { migrationsDir, file, url } = paths();
    writeMigration(migrationsDir, '20250101000000_init', CREATE_TEAM);
    writeMigration(
      migrationsDir,
      '20250102000000_broken',
      `CREATE TABLE "Half" ("id" TEXT NOT NULL PRIMARY KEY);\nALTER TABLE "Missing" ADD COLUMN "x" TEXT;\n`,
    );

    await expect(applyMigrations(url, { migrationsDir })).rejects.toThrow(
      /Migration 20250102000000_broken failed and was rolled back.*no such table: Missing/,
    );
    expect(tableNames(file)).toEqual(['Team', '_prisma_migrations']);
    expect(readHistory(file).map((row) => row.migration_name)).toEqual(['20250101000000_init']);
  });

  it('keeps child rows when a migration rebuilds their parent table the way Prisma writes it', async () => {
    const { migrationsDir, file, url } = paths();
    writeMigration(migrationsDir, '20250101000000_init', CREATE_TEAM + CREATE_MEMBER);
    await applyMigrations(url, { migrationsDir });
    const db = new Database(file);
    db.exec(`INSERT INTO "Team" VALUES ('t1', 'Core'); INSERT INTO "Member" VALUES ('m1', 't1');`);
    db.close();

    // What `prisma migrate dev` generates for a change SQLite cannot ALTER (here: name optional).
    // Inside a transaction its `PRAGMA foreign_keys=OFF` does nothing, so with foreign keys on,
    // DROP TABLE "Team" would cascade and delete the member.
    writeMigration(
      migrationsDir,
      '20250102000000_team_name_optional',
      `-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Team" ("id" TEXT NOT NULL PRIMARY KEY, "name" TEXT);
INSERT INTO "new_Team" ("id", "name") SELECT "id", "name" FROM "Team";
DROP TABLE "Team";
ALTER TABLE "new_Team" RENAME TO "Team";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
`,
    );
    await applyMigrations(url, { migrationsDir });

    const after = new Database(file, { readonly: true });
    expect(after.prepare('SELECT id, teamId FROM "Member"').all()).toEqual([{ id: 'm1', teamId: 't1' }]);
    after.close();
  });

  it('refuses a database whose tables were not created by migrations', async () => {
    const { migrationsDir, file, url } = paths();
    writeMigration(migrationsDir, '20250101000000_init', CREATE_TEAM);
    mkdirSync(dirname(file), { recursive: true });
    const db = new Database(file);
    db.exec('CREATE TABLE "Legacy" ("id" INTEGER PRIMARY KEY);');
    db.close();

    await expect(applyMigrations(url, { migrationsDir })).rejects.toThrow(
      /has tables \(Legacy\) but no _prisma_migrations history/,
    );
    expect(tableNames(file)).toEqual(['Legacy']);
  });
});
