import { loadConfig, SecretBox } from '@gatehouse/config';
import { applyMigrations, createPrismaClient, type PrismaClient } from '@gatehouse/db';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { verifyPassword } from '../modules/auth/password.ts';
import { newTestDatabase, onPostgresql } from '../test-support/test-database.ts';
import { seedFirstStart } from './seed-first-start.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function emptyDatabase(env: Record<string, string>) {
  const dataDir = await mkdtemp(join(tmpdir(), 'gatehouse-seed-'));
  const database = await newTestDatabase(dataDir);
  const config = loadConfig({ GATEHOUSE_DATA_DIR: dataDir, DATABASE_URL: database.url, LOG_LEVEL: 'silent', ...env });
  await applyMigrations(config.databaseUrl);
  const db: PrismaClient = createPrismaClient(config.databaseUrl);
  cleanups.push(async () => {
    await db.$disconnect();
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  });
  const logger = pino({ level: 'silent' });
  const warn = vi.spyOn(logger, 'warn');
  const secrets = new SecretBox(randomBytes(32));
  const seed = () => seedFirstStart(db, config, secrets, logger);
  /** Another API replica on the same database: a client (connection pool) of its own. */
  const replica = () => {
    const other = createPrismaClient(config.databaseUrl);
    cleanups.unshift(() => other.$disconnect());
    return () => seedFirstStart(other, config, secrets, logger);
  };
  return { db, seed, replica, warn };
}

describe('seedFirstStart', () => {
  it.skipIf(!onPostgresql)('seeds an empty PostgreSQL database once when two replicas start at the same moment', async () => {
    const { db, seed, replica } = await emptyDatabase({ GATEHOUSE_ADMIN_EMAIL: 'root@example.com', GATEHOUSE_ADMIN_PASSWORD: 'first admin password' });
    const outcomes = await Promise.all([seed(), replica()(), replica()()]);
    // One replica seeded; the others waited for it and found users.
    expect(outcomes.filter((o) => o !== 'not-first-start')).toEqual([{ demoData: true, admin: 'created' }]);
    expect(outcomes.filter((o) => o === 'not-first-start')).toHaveLength(2);
    expect(await db.portalSettings.count()).toBe(1);
    expect(await db.policy.count()).toBe(1);
    expect(await db.api.count()).toBe(1);
    expect(await db.catalogueEntry.count()).toBe(1);
    expect(await db.user.count({ where: { email: 'root@example.com' } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: 'user.first_admin_created' } })).toBe(1);
  });

  it('with GATEHOUSE_DEMO_DATA=false creates only the configured admin, once', async () => {
    const { db, seed } = await emptyDatabase({ GATEHOUSE_DEMO_DATA: 'false', GATEHOUSE_ADMIN_EMAIL: 'Root@Example.com', GATEHOUSE_ADMIN_PASSWORD: 'first admin password' });
    expect(await seed()).toEqual({ demoData: false, admin: 'created' });
    const users = await db.user.findMany();
    expect(users.map(({ email, role }) => ({ email, role }))).toEqual([{ email: 'root@example.com', role: 'ADMIN' }]);
    expect(await verifyPassword('first admin password', users[0]!.passwordHash)).toBe(true);
    expect(await db.api.count()).toBe(0);
    expect(await db.catalogueEntry.count()).toBe(0);
    expect(await db.auditEvent.count({ where: { action: 'user.first_admin_created' } })).toBe(1);
    // A database with users is never seeded again, whatever the variables say.
    expect(await seed()).toBe('not-first-start');
  });

  it('with demo data on, loads it and adds the configured admin too', async () => {
    const { db, seed } = await emptyDatabase({ GATEHOUSE_ADMIN_EMAIL: 'root@example.com', GATEHOUSE_ADMIN_PASSWORD: 'first admin password' });
    expect(await seed()).toEqual({ demoData: true, admin: 'created' });
    expect(await db.user.count()).toBe(3);
    expect(await db.api.count()).toBe(1);
  });

  it('without demo data or admin says how to create the first admin', async () => {
    const { db, seed, warn } = await emptyDatabase({ GATEHOUSE_DEMO_DATA: 'false' });
    expect(await seed()).toEqual({ demoData: false, admin: 'not-configured' });
    expect(await db.user.count()).toBe(0);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/GATEHOUSE_ADMIN_EMAIL and GATEHOUSE_ADMIN_PASSWORD/));
  });

  it('refuses half an admin and a short password at start, naming the variables', () => {
    expect(() => loadConfig({ GATEHOUSE_ADMIN_EMAIL: 'root@example.com' })).toThrow(/GATEHOUSE_ADMIN_EMAIL and GATEHOUSE_ADMIN_PASSWORD: set both/);
    expect(() => loadConfig({ GATEHOUSE_ADMIN_EMAIL: 'root@example.com', GATEHOUSE_ADMIN_PASSWORD: 'short' })).toThrow(/GATEHOUSE_ADMIN_PASSWORD: must be at least 12/);
    expect(() => loadConfig({ GATEHOUSE_DEMO_DATA: 'no' })).toThrow(/GATEHOUSE_DEMO_DATA: must be true or false/);
  });
});
