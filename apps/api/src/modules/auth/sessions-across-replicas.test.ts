import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlAt } from '../../faults/test-support/graphql-over-http.ts';
import { startApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import { startApiReplica, type ApiReplica } from '../../test-support/api-replica.ts';

/**
 * Sessions are database rows, so every API replica on the database knows them: a session started
 * at one replica works at the other, and one ended at the other ends everywhere at once, despite
 * each replica keeping recently read sessions (ReadCache, docs/decisions/012-answer-cache.md).
 */
let h: ApiHarness;
let replicaB: ApiReplica;
beforeAll(async () => {
  h = await startApiHarness();
  replicaB = await startApiReplica(h);
});
afterAll(async () => {
  await replicaB?.close();
  await h?.close();
});

const me = async (url: string, cookie: string) => (await gqlAt(url, '{ me { email } }', {}, cookie)).data?.me ?? null;

describe('sessions across API replicas', () => {
  it('work at every replica, and end at every replica when the developer signs out at one', async () => {
    const cookie = await h.signInAs('developer');
    // Both replicas have read (and keep) the session.
    expect(await me(h.url, cookie)).toMatchObject({ email: expect.any(String) });
    expect(await me(replicaB.url, cookie)).toMatchObject({ email: expect.any(String) });

    await gqlAt(replicaB.url, 'mutation { signOut { __typename } }', {}, cookie);
    expect(await me(replicaB.url, cookie)).toBeNull();
    expect(await me(h.url, cookie)).toBeNull();
  });
});
