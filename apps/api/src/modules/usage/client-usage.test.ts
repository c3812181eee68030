import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../seed/demo-accounts.ts';
import { startPortalStack, type PortalStack } from '../../test-support/start-portal-stack.ts';

// The portal API, the real gateway and the real embedded IdP on one migrated SQLite file: a
// developer registers a client, calls the demo API through the gateway with its token, and reads
// the gateway's counters through GraphQL.

let stack: PortalStack;
let usageRequests = 0;

beforeAll(async () => {
  stack = await startPortalStack({ upstream: (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}') });
  stack.gateway.server.on('request', (req) => {
    if (req.url?.startsWith('/_gatehouse/usage')) usageRequests++;
  });
});
afterAll(() => stack?.close());

const gql = (query: string, variables: Record<string, unknown>, cookie: string) => stack.gql(query, variables, cookie);
const signIn = (email: string, password: string) => stack.signIn(email, password);
const createClient = (cookie: string) => stack.createClient(cookie, 'Usage app');

async function callThroughGateway(client: { clientId: string; clientSecret: string }, times: number): Promise<void> {
  const token = await stack.tokenFor(client);
  for (let i = 0; i < times; i++) {
    const res = await fetch(`${stack.gatewayUrl}/curity-api/items`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
  }
}

const USAGE = /* GraphQL */ `
  query Usage($id: ID!) {
    oauthClient(id: $id) {
      usage {
        __typename
        ... on ClientUsage { since requests status2xx status3xx status4xx status5xx averageLatencyMs lastRequestAt latencyBuckets { upToMs count } }
        ... on UsageUnavailable { message }
      }
    }
  }
`;

describe('OAuthClient.usage', () => {
  it("shows the owner the gateway's counts of the client's calls", async () => {
    const developer = await signIn(DEMO_ACCOUNTS.developer.email, DEMO_ACCOUNTS.developer.password);
    const client = await createClient(developer);
    await callThroughGateway(client, 3);

    const { data, errors } = await gql(USAGE, { id: client.id }, developer);
    expect(errors).toBeUndefined();
    const usage = data.oauthClient.usage;
    expect(usage).toMatchObject({ __typename: 'ClientUsage', requests: 3, status2xx: 3, status3xx: 0, status4xx: 0, status5xx: 0 });
    expect(usage.averageLatencyMs).toBeGreaterThan(0);
    expect(usage.latencyBuckets.reduce((sum: number, b: { count: number }) => sum + b.count, 0)).toBe(3);
    expect(usage.latencyBuckets.at(-1).upToMs).toBeNull();
    expect(Date.parse(usage.since)).not.toBeNaN();
    expect(Date.parse(usage.lastRequestAt)).not.toBeNaN();

    // Admins see it too.
    const admin = await signIn(DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.password);
    expect((await gql(USAGE, { id: client.id }, admin)).data.oauthClient.usage.requests).toBe(3);
  });

  it('reads a whole page of clients with one request to the gateway', async () => {
    const developer = await signIn(DEMO_ACCOUNTS.developer.email, DEMO_ACCOUNTS.developer.password);
    await callThroughGateway(await createClient(developer), 1);
    const before = usageRequests;
    const { data } = await gql(`{ myOAuthClients { edges { node { usage { __typename ... on ClientUsage { requests } } } } } }`, {}, developer);
    const usages = data.myOAuthClients.edges.map((e: { node: { usage: unknown } }) => e.node.usage);
    expect(usages.length).toBeGreaterThanOrEqual(2);
    expect(usages.every((u: { __typename: string }) => u.__typename === 'ClientUsage')).toBe(true);
    expect(usageRequests - before).toBe(1);
  });

  it("keeps another developer out: NOT_FOUND, as for the client itself", async () => {
    const owner = await signIn(DEMO_ACCOUNTS.developer.email, DEMO_ACCOUNTS.developer.password);
    const client = await createClient(owner);
    const other = await stack.newDeveloper('other@gatehouse.test');
    // The client itself is hidden from others; the usage service refuses on its own as well.
    await expect(stack.api.services.usage.forClient({ id: 'someone-else', role: 'DEVELOPER', email: 'x@y.z', name: 'X' }, client.id)).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    const { errors } = await gql(USAGE, { id: client.id }, other);
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
