import { describe, expect, it } from 'vitest';
import { gqlAt } from '../../faults/test-support/graphql-over-http.ts';
import { replicasSharingRedisFor } from '../../test-support/api-replica.ts';
import { createClient, newDeveloper, readAtIdp, UPDATE } from './test-support/oauth-client-fixtures.ts';

/**
 * Two API replicas on one database and one Redis (REDIS_URL): changes to one client made through
 * both at once run one after the other, so neither sends a registration access token the other's
 * call already rotated (RFC 7592 section 2.2; the embedded IdP rotates it on every PUT).
 */
const shared = await replicasSharingRedisFor('client locks across API replicas');

describe.skipIf(!shared.up)('client locks across API replicas', () => {
  it('run updates of one client sent to both replicas at once one after the other, and all succeed', { timeout: 60_000 }, async () => {
    const { a: h, b: replicaB } = shared.replicas();
    const developer = (await newDeveloper(h)).cookie;
    const client = await createClient(h, developer);
    for (let round = 0; round < 3; round++) {
      const update = (url: string, name: string) => gqlAt(url, UPDATE, { input: { id: client.id, clientName: name, redirectUris: 'https://app.example/cb' } }, developer);
      const [atA, atB] = await Promise.all([update(h.url, `A ${round}`), update(replicaB.url, `B ${round}`)]);
      expect([atA.data?.updateOAuthClient.__typename, atB.data?.updateOAuthClient.__typename]).toEqual(['UpdateOAuthClientSuccess', 'UpdateOAuthClientSuccess']);
    }
    // The registration access token the portal kept is the one the IdP issued last.
    const atIdp = await readAtIdp(h, client.id);
    expect(atIdp.status).toBe(200);
    expect(['A 2', 'B 2']).toContain(atIdp.body.client_name);
  });
});
