import { loadConfig } from '@gatehouse/config';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { redisForTests, testRedis } from '../test-support/test-redis.ts';
import { closeRedis, connectRedis, redisAddress } from './redis-connection.ts';

const silent = pino({ level: 'silent' });

describe('REDIS_URL', () => {
  it('stops the start with a message naming the variable when it is not a Redis URL', () => {
    for (const bad of ['http://127.0.0.1:6379', 'redis://127.0.0.1:port', 'redis://', 'redis://cache/not-a-db']) {
      expect(() => loadConfig({ REDIS_URL: bad })).toThrow(/REDIS_URL: must be a Redis URL such as redis:\/\/127\.0\.0\.1:6379/);
    }
    expect(loadConfig({ REDIS_URL: 'rediss://gatehouse:s3cret@cache.example:6380/2' }).redisUrl).toBe('rediss://gatehouse:s3cret@cache.example:6380/2');
    expect(loadConfig({}).redisUrl).toBeUndefined();
  });

  it('is shown without its credentials', () => {
    expect(redisAddress('rediss://gatehouse:s3cret@cache.example:6380/2')).toBe('rediss://cache.example:6380/2');
  });
});

describe('the Redis connection', () => {
  const sockets: Socket[] = [];
  let stalled: Server | undefined;
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => (stalled ? stalled.close(resolve) : resolve(undefined)));
  });

  it('fails a command to a Redis that accepts the connection but never answers, instead of waiting for it', async () => {
    // A peer that takes the TCP connection and says nothing, like a Redis stuck or cut off mid-way.
    stalled = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => stalled!.listen(0, '127.0.0.1', resolve));
    const redis = connectRedis(`redis://127.0.0.1:${(stalled.address() as AddressInfo).port}`, silent);
    try {
      await expect(redis.set('key', 'value')).rejects.toThrow(/timed out/i);
    } finally {
      redis.disconnect();
    }
  });

  it('fails a command when nothing listens at the address', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const redis = connectRedis(`redis://127.0.0.1:${port}`, silent);
    try {
      await expect(redis.get('key')).rejects.toThrow();
    } finally {
      redis.disconnect();
    }
  });
});

const redisUp = await redisForTests('the Redis connection against a real Redis');

describe.skipIf(!redisUp)('the Redis connection against a real Redis', () => {
  it('keeps every key under its prefix and closes on shutdown', async () => {
    const redis = testRedis();
    await redis.set('greeting', 'hello', 'PX', 10_000);
    expect(await redis.get('greeting')).toBe('hello');
    expect(redis.options.keyPrefix).toMatch(/^gatehouse-test:[0-9a-f-]+:$/);
    await closeRedis(redis);
    expect(redis.status).toBe('end');
  });
});
