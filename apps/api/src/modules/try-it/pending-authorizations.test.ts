import type { Redis } from 'ioredis';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { newTestPrefix, redisForTests, testRedis } from '../../test-support/test-redis.ts';
import { InMemoryPendingAuthorizations, MAX_PER_VIEWER, newPkcePair, PENDING_TTL_MS, type PendingAuthorizations } from './pending-authorizations.ts';
import { RedisPendingAuthorizations } from './redis-pending-authorizations.ts';

const entry = (viewerId: string) => ({ viewerId, clientId: 'c1', codeVerifier: 'v', redirectUri: 'http://localhost:7777', tokenEndpoint: 'http://idp/token', issuer: null });
const redisUp = await redisForTests('pending authorizations in Redis');

const connections: Redis[] = [];
afterAll(() => connections.forEach((redis) => redis.disconnect()));
function redisAt(prefix = newTestPrefix()): Redis {
  const redis = testRedis(prefix);
  connections.push(redis);
  return redis;
}

/** A store, and how to let its entries' ten minutes pass. */
interface Subject {
  pending: PendingAuthorizations;
  expire(): Promise<void>;
}

/** `expiring`: the store will be asked to let its entries expire. */
const subjects: [string, boolean, (expiring?: boolean) => Subject][] = [
  [
    'in memory',
    true,
    () => {
      let now = 1_000_000;
      return { pending: new InMemoryPendingAuthorizations(() => now), expire: async () => void (now += PENDING_TTL_MS) };
    },
  ],
  [
    'in Redis',
    redisUp,
    // Where entries must expire, a TTL of 1.5 s stands for the ten minutes, and Redis's own clock lets it pass.
    (expiring) => ({
      pending: new RedisPendingAuthorizations(redisAt(), expiring ? 1500 : PENDING_TTL_MS),
      expire: () => new Promise((resolve) => setTimeout(resolve, 1700)),
    }),
  ],
];

describe.each(subjects)('pending authorizations %s', (_name, runs, subject) => {
  it.skipIf(!runs)('give a state back once, to the developer who started it, until it expires', async () => {
    const { pending, expire } = subject(true);
    const { state } = await pending.add(entry('dev-1'));
    expect(await pending.take(state, 'dev-2')).toBeNull();
    expect(await pending.take(state, 'dev-1')).toMatchObject({ clientId: 'c1', codeVerifier: 'v' });
    expect(await pending.take(state, 'dev-1')).toBeNull();

    const late = await pending.add(entry('dev-1'));
    await expire();
    expect(await pending.take(late.state, 'dev-1')).toBeNull();
  });

  it.skipIf(!runs)(`keep a developer's ${MAX_PER_VIEWER} newest requests`, async () => {
    const { pending } = subject();
    const states: string[] = [];
    for (let i = 0; i < MAX_PER_VIEWER + 5; i++) states.push((await pending.add(entry('dev-1'))).state);
    const other = await pending.add(entry('dev-2'));
    expect(await Promise.all(states.slice(0, 5).map((s) => pending.take(s, 'dev-1')))).toEqual([null, null, null, null, null]);
    expect((await Promise.all(states.slice(5).map((s) => pending.take(s, 'dev-1')))).every((taken) => taken !== null)).toBe(true);
    expect(await pending.take(other.state, 'dev-2')).not.toBeNull();
  });
});

describe.skipIf(!redisUp)('pending authorizations in Redis shared by two API replicas', () => {
  it('are taken by exactly one replica when both take one state at once', async () => {
    const prefix = newTestPrefix();
    const [a, b] = [new RedisPendingAuthorizations(redisAt(prefix)), new RedisPendingAuthorizations(redisAt(prefix))];
    const states = await Promise.all(Array.from({ length: 20 }, () => a.add(entry('dev-1'))));
    for (const { state } of states) {
      const taken = await Promise.all([a.take(state, 'dev-1'), b.take(state, 'dev-1')]);
      expect(taken.filter((t) => t !== null)).toHaveLength(1);
    }
  });

  it(`keep the bound of ${MAX_PER_VIEWER} per developer when both replicas add at once`, async () => {
    const prefix = newTestPrefix();
    const replicas = [new RedisPendingAuthorizations(redisAt(prefix)), new RedisPendingAuthorizations(redisAt(prefix))];
    const added = await Promise.all(Array.from({ length: 30 }, (_, i) => replicas[i % 2]!.add(entry('dev-1'))));
    const taken = await Promise.all(added.map(({ state }, i) => replicas[(i + 1) % 2]!.take(state, 'dev-1')));
    expect(taken.filter((t) => t !== null)).toHaveLength(MAX_PER_VIEWER);
  });
});

describe('newPkcePair', () => {
  it('makes an RFC 7636 S256 pair: a 43-character verifier and its SHA-256 challenge', () => {
    const { verifier, challenge } = newPkcePair();
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(challenge).toBe(createHash('sha256').update(verifier).digest('base64url'));
  });
});
