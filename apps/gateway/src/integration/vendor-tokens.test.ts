import { DEFAULT_IDENTITY_SOURCE, TOKEN_PROFILES } from '@gatehouse/dcr/identity-claims';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echoed, expectInvalidToken } from '../test-support/expect-replies.ts';
import { startIdpGatewayHarness, type IdpGatewayHarness, type RegisteredClient } from '../test-support/idp-gateway-harness.ts';
import { VENDOR_TOKENS, type VendorToken } from '../test-support/vendor-tokens.ts';

// Access tokens in the header and claim shapes of each vendor, signed with the test IdP's key,
// through the gateway watching a real portal database. Each vendor's API uses the identity source
// its token profile suggests, and each client has a policy of its own whose rate limit shows in
// the answer: the limit seen is the policy applied.
const epoch = () => Math.floor(Date.now() / 1000);

let h: IdpGatewayHarness;
const clients = new Map<VendorToken, { client: RegisteredClient; rateLimit: number; path: string }>();

beforeAll(async () => {
  h = await startIdpGatewayHarness();
  for (const [i, fixture] of VENDOR_TOKENS.entries()) {
    const name = `vendor-${i}`;
    const apiId = await h.createApi(name, {
      issuer: fixture.issuer,
      audience: fixture.audience,
      identitySource: TOKEN_PROFILES[fixture.vendor].identitySource.join(' '),
    });
    const rateLimit = 100 + i;
    const policyId = await h.createPolicy({ apiIds: [apiId], rateLimitRequests: rateLimit, rateLimitPeriodSeconds: 60 });
    const client = await h.storeClient(fixture.clientId, [await h.createCatalogueEntry(policyId)]);
    clients.set(fixture, { client, rateLimit, path: `/${name}/orders` });
  }
  h.syncGateway();
});
afterAll(async () => {
  await h?.close();
});

const sign = (fixture: VendorToken, claims = fixture.claims(epoch())) => h.signWithIdpKey(claims, fixture.header);

describe.each(VENDOR_TOKENS.map((fixture) => [fixture.name, fixture] as const))('a %s token', (_name, fixture) => {
  it('identifies its client, gets the policy of that client and forwards its scopes', async () => {
    const { client, rateLimit, path } = clients.get(fixture)!;
    const reply = await h.get(path, await sign(fixture));
    const request = echoed(reply);
    expect(request.headers['x-gatehouse-client-id']).toBe(client.clientId);
    expect(request.headers['x-gatehouse-scope']).toBe(fixture.scopes);
    expect(reply.headers['x-ratelimit-limit']).toBe(String(rateLimit));
  });
});

describe('an identity source that does not match the token', () => {
  const okta = VENDOR_TOKENS.find((f) => f.name === 'Okta, authorization code')!;
  const auth0 = VENDOR_TOKENS.find((f) => f.name === 'Auth0, client credentials')!;
  const auth0User = VENDOR_TOKENS.find((f) => f.name === 'Auth0, authorization code')!;
  let onlyClientId: string;
  let auth0Rule: string;

  beforeAll(async () => {
    const onlyClientIdApi = await h.createApi('only-client-id', { issuer: okta.issuer, audience: okta.audience, identitySource: 'client_id' });
    const auth0RuleApi = await h.createApi('auth0-rule', { issuer: auth0.issuer, audience: auth0.audience, identitySource: 'sub@clients' });
    const defaultsApi = await h.createApi('defaults', { issuer: okta.issuer, audience: okta.audience, identitySource: DEFAULT_IDENTITY_SOURCE.join(' ') });
    const policyId = await h.createPolicy({ apiIds: [onlyClientIdApi, auth0RuleApi, defaultsApi] });
    await h.storeClient(auth0.clientId, [await h.createCatalogueEntry(policyId)]);
    h.syncGateway();
    onlyClientId = '/only-client-id/';
    auth0Rule = '/auth0-rule/';
  });

  it('refuses an Okta token where only client_id is looked at, naming the claim', async () => {
    expectInvalidToken(await h.get(onlyClientId, await sign(okta)), 'The access token does not identify a client: it has no client id in client_id');
  });

  it('reads an Auth0 client-credentials sub by the @clients rule, and no user sub', async () => {
    const { azp: _azp, ...withoutAzp } = auth0.claims(epoch());
    expect(echoed(await h.get(auth0Rule, await sign(auth0, withoutAzp))).headers['x-gatehouse-client-id']).toBe(auth0.clientId);
    expectInvalidToken(await h.get(auth0Rule, await sign(auth0User)), 'The access token does not identify a client: it has no client id in sub@clients');
  });

  it('falls back through the default client_id, azp and cid, and names them when the client is unknown', async () => {
    expect(DEFAULT_IDENTITY_SOURCE).toEqual(['client_id', 'azp', 'cid']);
    // The Okta user's client has no portal row under this API's catalogue entries: cid is read, and unknown.
    const { cid: _cid, ...noClient } = okta.claims(epoch());
    expectInvalidToken(await h.get('/defaults/', await sign(okta, { ...noClient, cid: 'not-a-portal-client' })),
      'The access token belongs to no client registered in the portal (looked at client_id, azp or cid)');
    expectInvalidToken(await h.get('/defaults/', await sign(okta, noClient)), 'The access token does not identify a client: it has no client id in client_id, azp or cid');
  });
});
