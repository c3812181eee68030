import { redisAvailableForTests, TEST_REDIS_URL, uniqueKeyPrefix } from '@gatehouse/test-support/redis-for-tests';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../seed/demo-accounts.ts';
import { startPortalStack, type PortalStack } from '../../test-support/start-portal-stack.ts';

// Two real gateways behind one load balancer flush their live totals into the real Redis
// (REDIS_URL); the portal API reads them there, so a developer sees the calls through both.
const redisUp = await redisAvailableForTests('the usage totals across gateways tests');

let stack: PortalStack;
let usageEndpointCalls = 0;

beforeAll(async () => {
  if (!redisUp) return;
  stack = await startPortalStack({
    upstream: (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
    sharedUsage: { redisUrl: TEST_REDIS_URL, keyPrefix: uniqueKeyPrefix() },
  });
  for (const gateway of [stack.gateway, stack.gatewayB!.gateway]) {
    gateway.server.on('request', (req) => {
      if (req.url?.startsWith('/_gatehouse/usage')) usageEndpointCalls++;
    });
  }
});
afterAll(() => stack?.close());

const USAGE = /* GraphQL */ `
  query Usage($id: ID!) {
    oauthClient(id: $id) {
      usage {
        __typename
        ... on ClientUsage { since requests status2xx status4xx averageLatencyMs lastRequestAt latencyBuckets { count } }
        ... on UsageUnavailable { message }
      }
    }
  }
`;

async function call(gatewayUrl: string, token: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    const res = await fetch(`${gatewayUrl}/curity-api/items`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
  }
}

describe.skipIf(!redisUp)('OAuthClient.usage with several gateways', () => {
  it('counts the calls through every gateway in the total the owner sees', async () => {
    const developer = await stack.signIn(DEMO_ACCOUNTS.developer.email, DEMO_ACCOUNTS.developer.password);
    const client = await stack.createClient(developer, 'Two gateways app');
    const token = await stack.tokenFor(client);
    await call(stack.gatewayUrl, token, 2);
    await call(stack.gatewayB!.url, token, 3);
    await stack.flushUsage();

    const { data, errors } = await stack.gql(USAGE, { id: client.id }, developer);
    expect(errors).toBeUndefined();
    const usage = data.oauthClient.usage;
    expect(usage).toMatchObject({ __typename: 'ClientUsage', requests: 5, status2xx: 5, status4xx: 0 });
    expect(usage.latencyBuckets.reduce((sum: number, b: { count: number }) => sum + b.count, 0)).toBe(5);
    expect(usage.averageLatencyMs).toBeGreaterThan(0);
    expect(Date.parse(usage.since)).not.toBeNaN();
    expect(Date.parse(usage.lastRequestAt)).not.toBeNaN();
    // Read from Redis: neither gateway was asked.
    expect(usageEndpointCalls).toBe(0);

    // A flush with nothing new changes nothing; a later call through either gateway adds on.
    await stack.flushUsage();
    await call(stack.gatewayB!.url, token, 1);
    await stack.flushUsage();
    expect((await stack.gql(USAGE, { id: client.id }, developer)).data.oauthClient.usage.requests).toBe(6);
  });

  it('shows zeros for a client with no calls yet', async () => {
    const developer = await stack.signIn(DEMO_ACCOUNTS.developer.email, DEMO_ACCOUNTS.developer.password);
    const client = await stack.createClient(developer, 'Quiet app');
    const { data } = await stack.gql(USAGE, { id: client.id }, developer);
    expect(data.oauthClient.usage).toMatchObject({ __typename: 'ClientUsage', requests: 0, averageLatencyMs: null, lastRequestAt: null });
  });
});
