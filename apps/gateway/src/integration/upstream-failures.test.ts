import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HARNESS_USAGE_TOKEN, startIdpGatewayHarness, type IdpGatewayHarness, type RegisteredClient } from '../test-support/idp-gateway-harness.ts';

// A valid token from the real IdP, and an upstream that is slow or gone. The harness's gateway
// waits 300 ms for upstream response headers.
let h: IdpGatewayHarness;
let client: RegisteredClient;

beforeAll(async () => {
  h = await startIdpGatewayHarness();
  const slow = await h.createApi('slow-api', { upstreamUrl: h.slowUpstreamUrl });
  const down = await h.createApi('down-api', { upstreamUrl: h.downUpstreamUrl });
  client = await h.registerClient([await h.createCatalogueEntry(await h.createPolicy({ apiIds: [slow, down] }))]);
  h.syncGateway();
});
afterAll(() => h?.close());

describe('an upstream that fails', () => {
  it('answers 504 with a JSON error when the upstream does not answer in time', async () => {
    const reply = await h.get('/slow-api/x', await h.token(client));
    expect(reply.status).toBe(504);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.json).toEqual({ error: 'gateway_timeout', error_description: 'The upstream API did not answer in time' });
  });

  it('answers 502 with a JSON error when the upstream cannot be reached', async () => {
    const reply = await h.get('/down-api/x', await h.token(client));
    expect(reply.status).toBe(502);
    expect(reply.json).toEqual({ error: 'bad_gateway', error_description: 'The upstream API could not be reached' });
  });

  it('counts both as 5xx in the client usage', async () => {
    const { clients } = (await h.get(`/_gatehouse/usage?client=${client.id}`, HARNESS_USAGE_TOKEN)).json as { clients: { statuses: Record<string, number> }[] };
    expect(clients[0]!.statuses['5xx']).toBe(2);
  });
});
