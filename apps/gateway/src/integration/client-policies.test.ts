import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectInvalidToken, expectRefused } from '../test-support/expect-replies.ts';
import { HARNESS_USAGE_TOKEN, startIdpGatewayHarness, type IdpGatewayHarness } from '../test-support/idp-gateway-harness.ts';

// Portal clients and policies, written with Prisma as the API writes them, enforced by a gateway
// that watches the same SQLite file; tokens from the real embedded IdP. The clock is frozen and
// only moves forward, so rate limits do not refill on their own.
const START = new Date('2031-03-01T09:00:00Z');
// From Date.now(), not a copy: vi.waitFor moves fake clocks too.
const advance = (ms: number) => vi.setSystemTime(Date.now() + ms);

let h: IdpGatewayHarness;
let echoApi: string;
let otherApi: string;

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: START });
  h = await startIdpGatewayHarness();
  echoApi = await h.createApi('echo-api');
  otherApi = await h.createApi('other-api');
});
afterAll(async () => {
  await h?.close();
  vi.useRealTimers();
});

/** A client created for a new catalogue entry whose new policy grants the echo API with these settings. */
async function clientUnder(policy: Omit<Parameters<IdpGatewayHarness['createPolicy']>[0], 'apiIds'> = {}, apiIds = [echoApi]) {
  const policyId = await h.createPolicy({ apiIds, ...policy });
  const client = await h.registerClient([await h.createCatalogueEntry(policyId)]);
  h.syncGateway();
  return { policyId, client, token: await h.token(client) };
}

/** Polls the gateway with real time until `status` comes back, and says how long that took. */
async function msUntilStatus(path: string, token: string, status: number): Promise<number> {
  const started = performance.now();
  await vi.waitFor(async () => expect((await h.get(path, token)).status).toBe(status), { timeout: 2000, interval: 10 });
  return performance.now() - started;
}

describe('the portal client behind a token', () => {
  it('is refused 401 invalid_token when the IdP issued the token to a client the portal does not have', async () => {
    const outsider = await h.registerClient([]);
    await h.prisma.oAuthClient.delete({ where: { id: outsider.id } });
    h.syncGateway();
    expectInvalidToken(await h.get('/echo-api/', await h.token(outsider)), 'The access token belongs to no client registered in the portal (looked at client_id, azp or cid)');
  });

  it('stops working within one poll of being deleted in the portal, with no restart', async () => {
    const { client, token } = await clientUnder();
    expect((await h.get('/echo-api/', token)).status).toBe(200);

    // Another connection deletes the row, as the API does; the gateway's timer notices (200 ms).
    await h.prisma.oAuthClient.delete({ where: { id: client.id } });
    const elapsed = await msUntilStatus('/echo-api/', token, 401);
    expect(elapsed).toBeLessThan(1000);
    expectInvalidToken(await h.get('/echo-api/', token), 'The access token belongs to no client registered in the portal (looked at client_id, azp or cid)');
  });

  it('is refused 403 with a token for another API its policy does not grant', async () => {
    const { token } = await clientUnder();
    const reply = await h.get('/other-api/', token);
    expectRefused(reply, 403, 'api_not_granted');
    expect(reply.headers['www-authenticate']).toBe(
      'Bearer realm="gatehouse", error="insufficient_scope", error_description="The policy of this client does not grant access to this API"',
    );
    expect(reply.json).toEqual({ error: 'api_not_granted', error_description: 'The policy of this client does not grant access to this API' });
  });

  it("falls back to the API's default policy when none of the client's entries grants the API", async () => {
    const { token } = await clientUnder();
    const defaultPolicy = await h.createPolicy({ apiIds: [otherApi], rateLimitRequests: 1, rateLimitPeriodSeconds: 60 });
    await h.prisma.api.update({ where: { id: otherApi }, data: { defaultPolicyId: defaultPolicy } });
    h.syncGateway();
    try {
      const reply = await h.get('/other-api/', token);
      expect(reply.status).toBe(200);
      // The default policy's limits apply, not those of the client's own policy.
      expect(reply.headers['x-ratelimit-limit']).toBe('1');
    } finally {
      await h.prisma.api.update({ where: { id: otherApi }, data: { defaultPolicyId: null } });
      h.syncGateway();
    }
  });

  it('is refused 403 once its key expiry (client creation + policy keyExpiresInSeconds) has passed', async () => {
    const { token } = await clientUnder({ keyExpiresInSeconds: 120 });
    expect((await h.get('/echo-api/', token)).status).toBe(200);
    advance(121_000);
    const reply = await h.get('/echo-api/', token);
    expectRefused(reply, 403, 'client_expired');
    expect(reply.json).toEqual({ error: 'client_expired', error_description: 'The access of this client has expired' });
  });

  it('is refused 403 within seconds of an admin deactivating its policy, and let in again when reactivated', async () => {
    const { policyId, token } = await clientUnder();
    expect((await h.get('/echo-api/', token)).status).toBe(200);
    await h.prisma.policy.update({ where: { id: policyId }, data: { active: false } });
    await msUntilStatus('/echo-api/', token, 403);
    expect((await h.get('/echo-api/', token)).json).toEqual({ error: 'policy_inactive', error_description: 'The policy of this client is not active' });
    await h.prisma.policy.update({ where: { id: policyId }, data: { active: true } });
    await msUntilStatus('/echo-api/', token, 200);
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After once the policy rate is used up, and reports the limit on each answer', async () => {
    const { token } = await clientUnder({ rateLimitRequests: 2, rateLimitPeriodSeconds: 60 });
    const first = await h.get('/echo-api/', token);
    expect(first.status).toBe(200);
    expect([first.headers['x-ratelimit-limit'], first.headers['x-ratelimit-remaining'], first.headers['x-ratelimit-reset']]).toEqual(['2', '1', '30']);
    const second = await h.get('/echo-api/', token);
    expect(second.headers['x-ratelimit-remaining']).toBe('0');

    const refused = await h.get('/echo-api/', token);
    expect(refused.status).toBe(429);
    // Two per minute: the next request fits 30 s after the first.
    expect(refused.headers['retry-after']).toBe('30');
    expect(refused.headers['x-ratelimit-remaining']).toBe('0');
    expect(refused.json).toEqual({
      error: 'rate_limit_exceeded',
      error_description: 'This client sent too many requests; retry after the number of seconds in Retry-After',
      retry_after: 30,
    });

    advance(30_000);
    const again = await h.get('/echo-api/', token);
    expect(again.status, again.text).toBe(200);
  });

  it('applies an admin change of the limit within seconds, without a restart', async () => {
    const { policyId, token } = await clientUnder({ rateLimitRequests: 1, rateLimitPeriodSeconds: 3600 });
    expect((await h.get('/echo-api/', token)).status).toBe(200);
    expect((await h.get('/echo-api/', token)).status).toBe(429);
    await h.prisma.policy.update({ where: { id: policyId }, data: { rateLimitRequests: 1000 } });
    await msUntilStatus('/echo-api/', token, 200);
  });
});

describe('quotas', () => {
  it('answers 429 quota_exceeded with quota headers when the quota is used up, until it renews', async () => {
    const { client, token } = await clientUnder({ quotaMax: 3, quotaRenewalSeconds: 3600 });
    const remaining: (string | string[] | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      const reply = await h.get('/echo-api/', token);
      expect(reply.status).toBe(200);
      expect(reply.headers['x-quota-limit']).toBe('3');
      remaining.push(reply.headers['x-quota-remaining']);
    }
    expect(remaining).toEqual(['2', '1', '0']);

    const refused = await h.get('/echo-api/', token);
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('3600');
    expect([refused.headers['x-quota-limit'], refused.headers['x-quota-remaining'], refused.headers['x-quota-reset']]).toEqual(['3', '0', '3600']);
    expect(refused.json).toEqual({
      error: 'quota_exceeded',
      error_description: 'This client has used up its request quota; it renews after the number of seconds in Retry-After',
      retry_after: 3600,
    });

    advance(3600_000);
    // The first token expired with the hour; a new one and a renewed quota.
    const renewed = await h.get('/echo-api/', await h.token(client));
    expect(renewed.status, renewed.text).toBe(200);
    expect(renewed.headers['x-quota-remaining']).toBe('2');
  });
});

describe('usage counters', () => {
  it('counts requests per portal client by status class, including refusals', async () => {
    const { client, token } = await clientUnder({ rateLimitRequests: 2, rateLimitPeriodSeconds: 60 });
    for (let i = 0; i < 3; i++) await h.get('/echo-api/', token);
    await h.get('/other-api/', token); // 403

    const reply = await h.get(`/_gatehouse/usage?client=${client.id}`, HARNESS_USAGE_TOKEN);
    expect(reply.status).toBe(200);
    const [usage] = (reply.json as { clients: { id: string; requests: number; statuses: Record<string, number>; latencyMs: { buckets: { count: number }[] } }[] }).clients;
    expect(usage).toMatchObject({ id: client.id, requests: 4, statuses: { '2xx': 2, '4xx': 2, '5xx': 0 } });
    expect(usage!.latencyMs.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(4);
  });
});
