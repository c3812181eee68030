import type { PrismaClient } from '@gatehouse/db';
import type { ReadinessCheck } from '@gatehouse/telemetry';
import type { Redis } from 'ioredis';
import { pingDatabase } from './database-readiness.repo.ts';

/** Without its database the API answers nothing useful: a load balancer should go elsewhere. */
export function databaseReadiness(db: PrismaClient): ReadinessCheck {
  return {
    name: 'database',
    async check() {
      try {
        await pingDatabase(db);
        return { ok: true };
      } catch {
        // Prisma's message can name the host and user; the operator finds it in the log.
        return { ok: false, detail: 'the portal database does not answer' };
      }
    },
  };
}

/** With REDIS_URL the replicas share sign-in limits, pending authorizations and client locks there. */
export function redisReadiness(redis: Redis): ReadinessCheck {
  return {
    name: 'redis',
    async check() {
      try {
        await redis.ping();
        return { ok: true };
      } catch {
        return { ok: false, detail: 'Redis does not answer' };
      }
    },
  };
}
