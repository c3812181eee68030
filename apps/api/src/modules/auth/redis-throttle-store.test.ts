import type { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { newTestPrefix, redisForTests, testRedis } from '../../test-support/test-redis.ts';
import { RedisThrottleStore } from './redis-throttle-store.ts';
import { SIGN_IN_LIMITS, SignInThrottle } from './sign-in-throttle.ts';

const redisUp = await redisForTests('sign-in throttle in Redis');
const connections: Redis[] = [];
afterAll(() => connections.forEach((redis) => redis.disconnect()));

/** Two API replicas' throttles on one Redis. */
function twoReplicas(): [SignInThrottle, SignInThrottle] {
  const prefix = newTestPrefix();
  const [a, b] = [testRedis(prefix), testRedis(prefix)];
  connections.push(a, b);
  return [new SignInThrottle(new RedisThrottleStore(a)), new SignInThrottle(new RedisThrottleStore(b))];
}

describe.skipIf(!redisUp)('sign-in throttle in Redis', () => {
  it('counts the failures made at every replica together', async () => {
    const [a, b] = twoReplicas();
    const attempt = { email: 'ada@example.test', clientIp: '203.0.113.7' };
    const now = new Date('2026-12-02T12:00:00Z');
    const { failures } = SIGN_IN_LIMITS.accountFromIp;
    for (let i = 0; i < failures; i += 1) await (i % 2 === 0 ? a : b).recordFailure(attempt, now);
    // Neither replica saw all the failures itself; together they reached the limit.
    expect(await a.retryAt(attempt, now)).not.toBeNull();
    expect(await b.retryAt(attempt, now)).not.toBeNull();
    // Another address may still try (no account-wide hard lock).
    const elsewhere = { ...attempt, clientIp: '198.51.100.9' };
    const retry = await b.retryAt(elsewhere, now);
    expect(retry === null || retry.getTime() - now.getTime() <= 30_000).toBe(true);
  });

  it('forgets failures once their window has passed', async () => {
    const [a, b] = twoReplicas();
    const attempt = { email: 'bob@example.test', clientIp: '203.0.113.8' };
    const then = new Date('2026-12-02T12:00:00Z');
    for (let i = 0; i < SIGN_IN_LIMITS.accountFromIp.failures; i += 1) await a.recordFailure(attempt, then);
    const later = new Date(then.getTime() + SIGN_IN_LIMITS.accountFromIp.windowMs + 1);
    expect(await b.retryAt(attempt, later)).toBeNull();
  });
});
