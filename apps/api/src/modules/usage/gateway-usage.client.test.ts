import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { GatewayUsageClient, GatewayUsageUnavailable } from './gateway-usage.client.ts';
import type { UsageRepo } from './usage.repo.ts';
import { UsageService } from './usage.service.ts';

// The gateway side of the usage client when things go wrong: each failure must end in
// "unavailable", quickly, never in an exception or a hanging page.
const logger = pino({ level: 'silent' });
let servers: Server[] = [];

async function gatewayAnswering(handler: RequestListener): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterEach(async () => {
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  servers = [];
});

describe('GatewayUsageClient', () => {
  it('sends the client ids and the shared token, and reads the report', async () => {
    let seen: { url?: string; authorization?: string } = {};
    const url = await gatewayAnswering((req, res) => {
      seen = { url: req.url, authorization: req.headers.authorization };
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          since: '2031-01-01T00:00:00.000Z',
          clients: [{ id: 'a', requests: 1, statuses: { other: 0, '1xx': 0, '2xx': 1, '3xx': 0, '4xx': 0, '5xx': 0 }, latencyMs: { sum: 2, buckets: [{ le: null, count: 1 }] }, lastRequestAt: null }],
        }),
      );
    });
    const usage = await new GatewayUsageClient({ baseUrl: url, token: 'secret-token-0123456789', logger }).usageOf(['a', 'b c']);
    expect(seen).toEqual({ url: '/_gatehouse/usage?client=a&client=b+c', authorization: 'Bearer secret-token-0123456789' });
    expect(usage instanceof Map && usage.get('a')).toMatchObject({ requests: 1, since: '2031-01-01T00:00:00.000Z' });
  });

  it('reports the gateway unavailable when it refuses, answers garbage, is too slow or is not there', async () => {
    const refusing = await gatewayAnswering((_req, res) => res.writeHead(401).end());
    expect(await new GatewayUsageClient({ baseUrl: refusing, token: undefined, logger }).usageOf(['a'])).toEqual(new GatewayUsageUnavailable('the gateway answered 401'));

    const garbage = await gatewayAnswering((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"clients":"nope"}'));
    expect(await new GatewayUsageClient({ baseUrl: garbage, token: undefined, logger }).usageOf(['a'])).toBeInstanceOf(GatewayUsageUnavailable);

    const silent = await gatewayAnswering(() => {});
    const started = performance.now();
    expect(await new GatewayUsageClient({ baseUrl: silent, token: undefined, timeoutMs: 200, logger }).usageOf(['a'])).toBeInstanceOf(GatewayUsageUnavailable);
    expect(performance.now() - started).toBeLessThan(2000);

    expect(await new GatewayUsageClient({ baseUrl: 'http://127.0.0.1:9', token: undefined, logger }).usageOf(['a'])).toBeInstanceOf(GatewayUsageUnavailable);
  });
});

describe('UsageService without a gateway', () => {
  it('answers UsageUnavailable to the owner rather than failing the query', async () => {
    const repo = { ownersOf: async (ids: readonly string[]) => ids.map(() => 'owner') } as unknown as UsageRepo;
    const service = new UsageService({ repo, gateway: new GatewayUsageClient({ baseUrl: 'http://127.0.0.1:9', token: undefined, logger }) });
    const owner = { id: 'owner', role: 'DEVELOPER' as const, email: 'o@gatehouse.test', name: 'O' };
    expect(await service.forClient(owner, 'client-1')).toEqual({ __typename: 'UsageUnavailable', message: 'The gateway did not answer; usage cannot be shown right now.' });
  });
});
