import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { newTestPrefix, redisForTests, testRedis } from '../test-support/test-redis.ts';
import { RedisRateLimiter } from './redis-rate-limiter.ts';

const redisUp = await redisForTests('GraphQL rate limits in Redis');
const connections: Redis[] = [];
afterAll(() => connections.forEach((redis) => redis.disconnect()));
const silent = pino({ level: 'silent' });

describe.skipIf(!redisUp)('GraphQL rate limits in Redis', () => {
  it('two API replicas draw from one bucket per caller', async () => {
    const prefix = newTestPrefix();
    const [a, b] = [testRedis(prefix), testRedis(prefix)];
    connections.push(a, b);
    const replicas = [new RedisRateLimiter(a, silent), new RedisRateLimiter(b, silent)];
    const limit = { requests: 10, periodSeconds: 60 };
    const decisions = await Promise.all(Array.from({ length: 25 }, (_, i) => replicas[i % 2]!.take('token:t1', limit)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
    const refused = decisions.find((d) => !d.allowed);
    expect(refused).toMatchObject({ allowed: false });
    expect(refused && !refused.allowed && refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    // Another caller has a bucket of its own.
    expect(await replicas[1]!.take('token:t2', limit)).toEqual({ allowed: true });
  });
});
