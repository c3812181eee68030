import type { Redis } from 'ioredis';
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { connectRedis } from '../../lib/redis-connection.ts';
import { newTestPrefix, redisForTests, testRedis } from '../../test-support/test-redis.ts';
import { ClientBusyError, RedisClientLocks, type LockTimings } from './redis-client-locks.ts';

const redisUp = await redisForTests('client locks in Redis');

/** Each of `count` "replicas" has its own connection; they share one key prefix. */
const connections: Redis[] = [];
function replicas(count: number, timings?: Partial<LockTimings>): RedisClientLocks[] {
  const prefix = newTestPrefix();
  return Array.from({ length: count }, () => {
    const redis = testRedis(prefix);
    connections.push(redis);
    return new RedisClientLocks(redis, { ttlMs: 5000, waitMs: 5000, retryMs: 20, ...timings });
  });
}
afterAll(() => connections.forEach((redis) => redis.disconnect()));

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe.skipIf(!redisUp)('client locks in Redis', () => {
  it('run operations on one client one after the other across replicas, and on different clients at once', async () => {
    const [a, b] = replicas(2);
    const log: string[] = [];
    // Every operation on c1 waits until the one on c2 ran: were c2 held up by c1, this would never end.
    const c2Ran = deferred();
    const op = (name: string) => async () => {
      log.push(`${name} start`);
      if (name === 'b2') c2Ran.resolve();
      else await c2Ran.promise;
      await new Promise((resolve) => setTimeout(resolve, 20));
      log.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([a!.run('c1', op('a1')), b!.run('c1', op('b1')), a!.run('c1', op('a2')), b!.run('c2', op('b2'))]);
    expect(results).toEqual(['a1', 'b1', 'a2', 'b2']);
    // On client c1, each operation ends before the next one starts, whichever replica runs it.
    const c1 = log.filter((line) => !line.startsWith('b2'));
    expect(c1).toHaveLength(6);
    for (let i = 0; i < c1.length; i += 2) expect(c1[i + 1]).toBe(c1[i]!.replace('start', 'end'));
  });

  it('keep the lock of an operation that runs longer than the lock lives without renewal', async () => {
    const [a, b] = replicas(2, { ttlMs: 150 });
    const gate = deferred();
    const started = deferred();
    const log: string[] = [];
    const first = a!.run('c1', async () => {
      log.push('a start');
      started.resolve();
      await gate.promise;
      log.push('a end');
    });
    await started.promise;
    const second = b!.run('c1', async () => void log.push('b ran'));
    // Four lock lifetimes later, B still waits: A renewed the lock all along.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(log).toEqual(['a start']);
    gate.resolve();
    await Promise.all([first, second]);
    expect(log).toEqual(['a start', 'a end', 'b ran']);
  });

  it('give up after the bounded wait with an error that says why, and let the next operation run once the lock is free', async () => {
    const [a, b] = replicas(2, { waitMs: 200 });
    const gate = deferred();
    const started = deferred();
    const holding = a!.run('c1', () => (started.resolve(), gate.promise));
    await started.promise;
    let ran = false;
    const refused = b!.run('c1', async () => void (ran = true));
    await expect(refused).rejects.toThrow(ClientBusyError);
    await expect(refused).rejects.toThrow(/Another change to OAuth client c1 was still in progress after 0\.2 s .* try again in a moment/);
    expect(ran).toBe(false);
    gate.resolve();
    await holding;
    await expect(b!.run('c1', async () => 'ran')).resolves.toBe('ran');
  });

  it('free the lock of a replica that died holding it once the lock expires, and release only their own lock', async () => {
    const prefix = newTestPrefix();
    const raw = testRedis(prefix);
    connections.push(raw);
    // A dead replica's lock: nobody renews or releases it.
    await raw.set('client-lock:c1', 'dead-replica-token', 'PX', 200);
    const [b] = [new RedisClientLocks(testRedis(prefix), { ttlMs: 5000, waitMs: 5000, retryMs: 20 })];
    const ran = await b.run('c1', async () => {
      // While B holds it, the lock is B's token, not the dead one's.
      return raw.get('client-lock:c1');
    });
    expect(ran).not.toBe('dead-replica-token');
    expect(await raw.exists('client-lock:c1')).toBe(0);
  });
});

describe('client locks when Redis does not answer', () => {
  const sockets: Socket[] = [];
  const stalled = createServer((socket) => void sockets.push(socket));
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => stalled.close(resolve));
  });

  it('refuse the operation instead of running it unlocked or waiting for Redis', async () => {
    await new Promise<void>((resolve) => stalled.listen(0, '127.0.0.1', resolve));
    const redis = connectRedis(`redis://127.0.0.1:${(stalled.address() as AddressInfo).port}`, pino({ level: 'silent' }));
    connections.push(redis);
    let ran = false;
    await expect(new RedisClientLocks(redis).run('c1', async () => void (ran = true))).rejects.toThrow(/timed out/i);
    expect(ran).toBe(false);
  });
});
