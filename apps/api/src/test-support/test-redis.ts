import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { redisAvailableForTests, TEST_REDIS_URL, uniqueKeyPrefix } from '@gatehouse/test-support/redis-for-tests';
import { connectRedis } from '../lib/redis-connection.ts';

/** Whether the Redis tests run (skipped with a message without Redis; required with CI=true). */
export const redisForTests = redisAvailableForTests;

/** A key prefix no other test uses. */
export const newTestPrefix = uniqueKeyPrefix;

export { TEST_REDIS_URL };

/**
 * A connection whose keys are all under `keyPrefix`, by default one of its own so that tests
 * never share a key; "replicas" of one test share a prefix.
 */
export function testRedis(keyPrefix = newTestPrefix()): Redis {
  return connectRedis(TEST_REDIS_URL, pino({ level: 'silent' }), { keyPrefix });
}
