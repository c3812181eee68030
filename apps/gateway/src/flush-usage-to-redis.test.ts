import { redisAvailableForTests, TEST_REDIS_URL, uniqueKeyPrefix } from '@gatehouse/test-support/redis-for-tests';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { flushUsageToRedis } from './flush-usage-to-redis.ts';
import { MinuteUsage } from './minute-usage.ts';
import { takeUsageFromRedis } from './redis-usage.ts';

const redisUp = await redisAvailableForTests('the usage flush tests');
const connections: Redis[] = [];
afterAll(() => connections.forEach((c) => c.disconnect()));

const lastMinute = Math.floor(Date.now() / 60_000) - 1;
/** A performance.now() reading in the middle of the last minute. */
const at = () => lastMinute * 60_000 + 30_000 - performance.timeOrigin;

describe.skipIf(!redisUp)('flushUsageToRedis', () => {
  it('adds what two gateways counted into the same minute, and keeps nothing once flushed', async () => {
    const keyPrefix = uniqueKeyPrefix();
    const redis = new Redis(TEST_REDIS_URL);
    connections.push(redis);
    const [a, b] = [new MinuteUsage(), new MinuteUsage()];
    a.record('client', 'api', 200, at() - 4, at());
    a.record('client', 'api', 404, at() - 1, at());
    b.record('client', 'api', 503, at() - 5, at());
    const flushers = [flushUsageToRedis({ minuteUsage: a, redis, keyPrefix }), flushUsageToRedis({ minuteUsage: b, redis, keyPrefix })];
    await Promise.all(flushers.map((f) => f.stop()));
    expect(a.heldMinutes + b.heldMinutes).toBe(0);

    const take = await takeUsageFromRedis(redis, keyPrefix, lastMinute);
    expect(take?.rows).toEqual([
      { minute: lastMinute, clientId: 'client', apiId: 'api', requests: 3, statuses: { '2xx': 1, '3xx': 0, '4xx': 1, '5xx': 1, other: 0 }, latencySumMs: 10 },
    ]);
  });
});
