import { redisAvailableForTests, TEST_REDIS, TEST_REDIS_URL, uniqueKeyPrefix } from '@gatehouse/test-support/redis-for-tests';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { connectRedis, redisReady } from './connect-redis.ts';
import { flushUsageToRedis } from './flush-usage-to-redis.ts';
import { MinuteUsage } from './minute-usage.ts';
import { takeUsageFromRedis } from './redis-usage.ts';
import { readUsageTotals } from './redis-usage-totals.ts';
import { TcpRelay } from './test-support/tcp-relay.ts';
import { UsageCounters } from './usage-counters.ts';

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

  it('adds live totals whose answer was lost once, when the flush after it sends them again', async () => {
    const keyPrefix = uniqueKeyPrefix();
    const relay = new TcpRelay(TEST_REDIS);
    await relay.up();
    const redis = connectRedis(`redis://127.0.0.1:${relay.port}`, { commandTimeoutMs: 200 });
    connections.push(redis);
    await redisReady(redis, 1000);
    const usage = new UsageCounters();
    const flusher = flushUsageToRedis({ minuteUsage: new MinuteUsage(), usage, redis, keyPrefix, intervalMs: 3_600_000 });
    try {
      usage.record('client', 200, 0, 3);
      usage.record('client', 404, 0, 1);
      // Redis applies the flush, but its answer never comes back: the gateway keeps the batch.
      relay.answersLost = true;
      await flusher.flush();
      const closed = new Promise((resolve) => redis.once('close', resolve));
      await relay.down();
      await closed;
      relay.answersLost = false;
      await relay.up();
      expect(await redisReady(redis, 5000)).toBe(true);

      usage.record('client', 200, 0, 2);
      await flusher.flush();
      const reader = new Redis(TEST_REDIS_URL);
      connections.push(reader);
      const { clients } = await readUsageTotals(reader, keyPrefix, ['client']);
      expect(clients[0]).toMatchObject({ requests: 3, statuses: { '2xx': 2, '4xx': 1 }, latencyMs: { sum: 6 } });
    } finally {
      await flusher.stop();
      await relay.down();
    }
  });
});
