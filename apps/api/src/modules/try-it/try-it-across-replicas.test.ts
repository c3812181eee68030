import { describe, expect, it } from 'vitest';
import { gqlAt } from '../../faults/test-support/graphql-over-http.ts';
import { replicasSharingRedisFor } from '../../test-support/api-replica.ts';
import { createClient } from '../oauth-clients/test-support/oauth-client-fixtures.ts';
import { signInAtEmbeddedIdp } from '../idp-consents/test-support/sign-in-at-embedded-idp.ts';
import { EXCHANGE, START } from './test-support/try-it-operations.ts';

/**
 * Two API replicas on one database and one Redis (REDIS_URL): the IdP sends the developer back
 * with the code to whichever replica the load balancer picks, and the state started at the other
 * one is found there, once.
 */
const shared = await replicasSharingRedisFor('authorization code with PKCE across API replicas');

describe.skipIf(!shared.up)('authorization code with PKCE across API replicas', () => {
  it('is started at one replica and its code exchanged at the other, once', { timeout: 60_000 }, async () => {
    const { a: h, b: replicaB } = shared.replicas();
    // The session is a database row: signed in at one replica, the developer is at both.
    const developer = await h.signInAs('developer');
    const client = await createClient(h, developer, { redirectUris: 'http://localhost:7777' });
    const { data } = await h.gql(START, { input: { clientId: client.id, redirect: 'CLIENT_REDIRECT_URI', redirectUri: 'http://localhost:7777' } }, developer);
    const started = data!.startAuthorization;
    expect(started.__typename).toBe('AuthorizationStarted');

    const callback = await signInAtEmbeddedIdp(started.authorizationUrl, h.idp.issuer);
    const input = { state: started.state, code: callback.searchParams.get('code'), iss: callback.searchParams.get('iss') };
    const atB = (await gqlAt(replicaB.url, EXCHANGE, { input }, developer)).data!.exchangeAuthorizationCode;
    expect(atB).toMatchObject({ __typename: 'AccessTokenResult', clientId: client.id, grantType: 'authorization_code' });

    // Used at B, the state is gone at A too.
    const againAtA = (await h.gql(EXCHANGE, { input }, developer)).data!.exchangeAuthorizationCode;
    expect(againAtA.__typename).toBe('AuthorizationRequestExpiredError');
  });
});
