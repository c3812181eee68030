import { randomUUID } from 'node:crypto';
import { Socket } from 'node:net';

export const TEST_REDIS = { host: '127.0.0.1', port: 6379 };
export const TEST_REDIS_URL = `redis://${TEST_REDIS.host}:${TEST_REDIS.port}`;

/**
 * Whether the Redis the tests use answers PING. When it does not: with CI=true this throws (CI
 * must run these tests); elsewhere it says how to run them and the caller skips them.
 */
export async function redisAvailableForTests(what: string): Promise<boolean> {
  if (await answersPing()) return true;
  const start = 'redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no';
  if (process.env.CI === 'true') throw new Error(`${what} need Redis at ${TEST_REDIS_URL}, which does not answer (start it: ${start})`);
  console.warn(`Skipping ${what}: Redis at ${TEST_REDIS_URL} does not answer. Start it (${start}) to run them; with CI=true they fail instead.`);
  return false;
}

/** A key prefix no other test (or helper sharing this Redis) uses. */
export function uniqueKeyPrefix(): string {
  return `gatehouse-test:${randomUUID()}:`;
}

function answersPing(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
    socket.connect(TEST_REDIS.port, TEST_REDIS.host, () => socket.write('PING\r\n'));
  });
}
