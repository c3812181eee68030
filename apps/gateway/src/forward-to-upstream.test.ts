import { createServer, request, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from './create-gateway.ts';
import { createInMemoryPortalSource } from './in-memory-portal-source.ts';
import { listen, stop } from './test-support/listen.ts';
import { portalRows } from './test-support/portal-rows.ts';
import { TestIssuer } from './test-support/test-issuer.ts';

// An upstream that takes every request and never answers; it reports when a request's connection closes.
let upstreamClosed: (() => void) | undefined;
const held: IncomingMessage[] = [];
const slowUpstream = createServer((req) => {
  held.push(req);
  req.socket.once('close', () => upstreamClosed?.());
});

let issuer: TestIssuer;
let gateway: Gateway;
let gatewayUrl = '';

beforeAll(async () => {
  issuer = await TestIssuer.start();
  const upstreamUrl = await listen(slowUpstream);
  const source = createInMemoryPortalSource(
    portalRows({
      apis: [{ id: 'slow', name: 'slow', listenPath: '/slow/', upstreamUrl, jwksUri: issuer.jwksUri, issuer: null, audience: null, identitySource: 'client_id', defaultPolicyId: null }],
      clientIds: ['client-123'],
    }),
  );
  // A long upstream timeout: only the client leaving can end the upstream request in this test.
  gateway = createGateway({ source, upstreamTimeoutMs: 30_000 });
  gatewayUrl = await listen(gateway.server);
});
afterAll(async () => {
  gateway.server.closeAllConnections();
  await gateway.close();
  await Promise.all([stop(slowUpstream), issuer.stop()]);
});

describe('forwarding', () => {
  it('stops the upstream request when the client goes away before the answer', async () => {
    const closed = new Promise<void>((resolve) => (upstreamClosed = resolve));
    const { hostname, port } = new URL(gatewayUrl);
    const client = request({ hostname, port, path: '/slow/x', headers: { authorization: `Bearer ${await issuer.token()}` }, agent: false });
    client.on('error', () => {});
    client.end();
    await expect.poll(() => held.length).toBe(1);

    const started = performance.now();
    client.destroy();
    await closed;
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
