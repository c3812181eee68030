import type { GatehouseConfig, SecretBox } from '@gatehouse/config';
import type { PrismaClient } from '@gatehouse/db';
import type { Logger } from 'pino';
import { hashPassword } from '../modules/auth/password.ts';
import { loadDemoData } from './load-demo-data.ts';
import { SeedRepo } from './seed.repo.ts';

export type FirstStartOutcome = { demoData: boolean; admin: 'created' | 'exists' | 'not-configured' } | 'not-first-start';

/**
 * What an empty database gets on the first start: the seed guide's demo setup unless
 * GATEHOUSE_DEMO_DATA=false, and the admin named by GATEHOUSE_ADMIN_EMAIL / _PASSWORD, so a
 * portal can start empty and still be administered. A database with users is left alone: the
 * variables cannot reset a password or add an admin later. Replicas starting together on an
 * empty PostgreSQL database seed it once: the others wait, then find it seeded.
 */
export async function seedFirstStart(db: PrismaClient, config: GatehouseConfig, secrets: SecretBox, logger: Logger): Promise<FirstStartOutcome> {
  const repo = new SeedRepo(db, config.databaseUrl);
  return repo.oneAtATime(() => seedIfEmpty(repo, db, config, secrets, logger));
}

async function seedIfEmpty(repo: SeedRepo, db: PrismaClient, config: GatehouseConfig, secrets: SecretBox, logger: Logger): Promise<FirstStartOutcome> {
  if (!(await repo.isEmpty())) return 'not-first-start';
  const { demoData, admin } = config.firstStart;
  const loaded = demoData && (await loadDemoData(db, config, secrets));
  if (loaded) logger.info('loaded demo data');

  if (!admin) {
    if (!demoData) {
      logger.warn('The portal has no users: set GATEHOUSE_ADMIN_EMAIL and GATEHOUSE_ADMIN_PASSWORD and restart to create the first admin.');
    }
    return { demoData: loaded, admin: 'not-configured' };
  }
  const created = await repo.createAdminUnlessExists({
    email: admin.email,
    name: 'Administrator',
    passwordHash: await hashPassword(admin.password),
  });
  if (created) logger.info({ email: admin.email }, 'created the first admin from GATEHOUSE_ADMIN_EMAIL');
  return { demoData: loaded, admin: created ? 'created' : 'exists' };
}
