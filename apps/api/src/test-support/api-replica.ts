import { createPrismaClient } from '@gatehouse/db';
import type { Redis } from 'ioredis';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { createApiServer } from '../server/create-api-server.ts';
import { closeRedis } from '../lib/redis-connection.ts';
import { startApiHarness, type ApiHarness } from './api-harness.ts';
import { newTestPrefix, redisForTests, testRedis } from './test-redis.ts';

export interface ApiReplica {
  url: string;
  close(): Promise<void>;
}

/**
 * Another API replica beside the harness's: its own server, services and database connection,
 * on the same database, IdP and encryption key, as a second process behind a load balancer.
 */
export async function startApiReplica(h: ApiHarness, options: { redis?: Redis } = {}): Promise<ApiReplica> {
  const db = createPrismaClient(h.config.databaseUrl);
  const api = await createApiServer({ db, config: h.config, encryptionKey: h.encryptionKey, logger: pino({ level: 'silent' }), redis: options.redis });
  await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(api.server.address() as AddressInfo).port}/graphql`,
    async close() {
      await api.close();
      await db.$disconnect();
    },
  };
}

/** Two API replicas on one database, each with its own connection to one Redis (REDIS_URL). */
export interface ReplicasSharingRedis {
  /** Replica A, with the IdP, the database and the GraphQL helpers. */
  a: ApiHarness;
  b: ApiReplica;
  close(): Promise<void>;
}

export async function startReplicasSharingRedis(): Promise<ReplicasSharingRedis> {
  const prefix = newTestPrefix();
  const connections = [testRedis(prefix), testRedis(prefix)];
  const a = await startApiHarness({ redis: connections[0] });
  const b = await startApiReplica(a, { redis: connections[1] });
  return {
    a,
    b,
    async close() {
      await b.close();
      await a.close();
      for (const redis of connections) await closeRedis(redis);
    },
  };
}

/**
 * For a test file: two replicas sharing Redis, started before its tests and closed after them,
 * when Redis answers (redisForTests: otherwise skipped with a message, or failed with CI=true).
 */
export async function replicasSharingRedisFor(suite: string): Promise<{ up: boolean; replicas(): ReplicasSharingRedis }> {
  const up = await redisForTests(suite);
  let replicas: ReplicasSharingRedis | undefined;
  beforeAll(async () => {
    if (up) replicas = await startReplicasSharingRedis();
  });
  afterAll(() => replicas?.close());
  return { up, replicas: () => replicas! };
}
