import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPrismaClient, type PrismaClient } from '@gatehouse/db';
import { applyMigrations } from '@gatehouse/db/migrate';
import type { MinuteUsageRow } from '@gatehouse/gateway';
import { addUsageToRedis } from '@gatehouse/gateway/redis-usage';
import { redisAvailableForTests, TEST_REDIS_URL, uniqueKeyPrefix } from '@gatehouse/test-support/redis-for-tests';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisUsageSource } from './redis-usage.source.ts';
import { UsageBucketsRepo } from './usage-buckets.repo.ts';
import { UsageCollector } from './usage-collector.ts';

// Gateways add their per-minute counts into the real Redis; API replicas (collectors sharing one
// portal database) take them. Whatever the interleaving, each count is stored exactly once.
const redisUp = await redisAvailableForTests('the Redis usage collection tests');

let dir: string;
let db: PrismaClient;
const connections: Redis[] = [];
const silent = pino({ level: 'silent' });

beforeAll(async () => {
  if (!redisUp) return;
  dir = await mkdtemp(join(tmpdir(), 'gatehouse-redis-usage-'));
  const url = `file:${join(dir, 'gatehouse.db')}`;
  await applyMigrations(url);
  db = createPrismaClient(url);
});
afterAll(async () => {
  for (const redis of connections) redis.disconnect();
  await db?.$disconnect();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const redis = () => {
  const connection = new Redis(TEST_REDIS_URL);
  connections.push(connection);
  return connection;
};
/** An API replica's collector, on its own Redis connection. */
const replica = (keyPrefix: string, leaseMs?: number) =>
  new UsageCollector(new UsageBucketsRepo(db), new RedisUsageSource(redis(), { keyPrefix, ...(leaseMs !== undefined && { leaseMs }) }), silent);

const minutesAgo = (n: number) => Math.floor(Date.now() / 60_000) - n;
const row = (clientId: string, minute: number, requests: number): MinuteUsageRow => ({
  minute, clientId, apiId: 'api', requests, statuses: { '2xx': requests - 1, '3xx': 0, '4xx': 1, '5xx': 0, other: 0 }, latencySumMs: requests * 2.5,
});
async function stored(clientId: string) {
  const sums = await db.usageBucket.aggregate({ where: { clientId }, _sum: { requests: true, status2xx: true, status4xx: true, latencySumMs: true } });
  return sums._sum;
}

describe.skipIf(!redisUp)('usage counted by several gateways in Redis', () => {
  it('is stored exactly once when two replicas collect at the same time, late counts included', async () => {
    const keyPrefix = uniqueKeyPrefix();
    const [gatewayA, gatewayB] = [redis(), redis()];
    await addUsageToRedis(gatewayA, keyPrefix, [row('c-once', minutesAgo(3), 3), row('c-once', minutesAgo(2), 5)]);
    await addUsageToRedis(gatewayB, keyPrefix, [row('c-once', minutesAgo(3), 4)]);
    // The minute now filling stays in Redis until it closes.
    await addUsageToRedis(gatewayB, keyPrefix, [row('c-once', minutesAgo(0), 100)]);

    const [one, two] = [replica(keyPrefix), replica(keyPrefix)];
    await Promise.all([one.collect(), two.collect(), one.collect(), two.collect()]);
    expect(await stored('c-once')).toEqual({ requests: 12, status2xx: 9, status4xx: 3, latencySumMs: 30 });

    // A gateway flushing late for a minute already taken: added once, on the next collection.
    await addUsageToRedis(gatewayA, keyPrefix, [row('c-once', minutesAgo(3), 2)]);
    await Promise.all([one.collect(), two.collect()]);
    await Promise.all([one.collect(), two.collect()]);
    expect((await stored('c-once')).requests).toBe(14);
  });

  it('is stored by another replica when the one that took it stopped before storing', async () => {
    const keyPrefix = uniqueKeyPrefix();
    await addUsageToRedis(redis(), keyPrefix, [row('c-crash', minutesAgo(2), 6)]);
    // Takes the minute, then "crashes": never stores it, never acknowledges.
    const crashed = new RedisUsageSource(redis(), { keyPrefix });
    expect(await crashed.collectMinutes(undefined)).toMatchObject({ minutes: [{ clientId: 'c-crash', requests: 6 }] });
    expect(await stored('c-crash')).toEqual({ requests: null, status2xx: null, status4xx: null, latencySumMs: null });

    const survivor = replica(keyPrefix, 0);
    await survivor.collect();
    await survivor.collect();
    expect((await stored('c-crash')).requests).toBe(6);
    // Nothing is left to take: collecting again adds nothing.
    await survivor.collect();
    expect((await stored('c-crash')).requests).toBe(6);
  });
});
