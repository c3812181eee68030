import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { connectRedis } from '../lib/redis-connection.ts';

/** The Redis the tests use; REDIS_TEST_URL points them elsewhere. */
export const TEST_REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';

async function redisAnswers(): Promise<boolean> {
  const probe = new Redis(TEST_REDIS_URL, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

/**
 * Whether the Redis tests run: they do when Redis answers. Without it they are skipped with a
 * message saying how to run them, unless CI=true, where a missing Redis fails the run.
 */
export async function redisForTests(suite: string): Promise<boolean> {
  if (await redisAnswers()) return true;
  const how = `start Redis on 127.0.0.1:6379 (redis-server --port 6379 --save "") or set REDIS_TEST_URL`;
  if (process.env.CI === 'true') throw new Error(`${suite}: Redis at ${TEST_REDIS_URL} does not answer, and CI=true requires these tests; ${how}`);
  console.warn(`SKIPPED ${suite}: Redis at ${TEST_REDIS_URL} does not answer; to run these tests, ${how}`);
  return false;
}

/** A key prefix no other test uses. */
export const newTestPrefix = () => `gatehouse-test:${randomUUID()}:`;

/**
 * A connection whose keys are all under `keyPrefix`, by default one of its own so that tests
 * never share a key; "replicas" of one test share a prefix.
 */
export function testRedis(keyPrefix = newTestPrefix()): Redis {
  return connectRedis(TEST_REDIS_URL, pino({ level: 'silent' }), { keyPrefix });
}
