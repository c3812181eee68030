import { startPortalStack, type PortalStack } from '../../../test-support/start-portal-stack.ts';

export { USAGE_TOKEN } from '../../../test-support/start-portal-stack.ts';

/**
 * The portal stack (API, gateway, IdP on one SQLite file) with an upstream that answers the status
 * named in the path (`.../status/503`), so calls of every status class can be made through the gateway.
 */
export interface UsageStack extends PortalStack {
  /** ID of the demo API (`/curity-api/`). */
  demoApiId: string;
  /** Gets a client-credentials token and calls the demo API through the gateway once per status given. */
  callThroughGateway(client: { clientId: string; clientSecret: string }, statuses: number[]): Promise<void>;
}

export async function startUsageStack(): Promise<UsageStack> {
  const stack = await startPortalStack({
    upstream: (req, res) => {
      const status = Number(/\/status\/(\d{3})/.exec(req.url ?? '')?.[1] ?? 200);
      res.writeHead(status, { 'content-type': 'application/json' }).end('{}');
    },
  });
  const demoApi = await stack.db.api.findFirstOrThrow({ where: { listenPath: '/curity-api/' } });
  return {
    ...stack,
    demoApiId: demoApi.id,
    async callThroughGateway(client, statuses) {
      const token = await stack.tokenFor(client);
      for (const status of statuses) {
        const res = await fetch(`${stack.gatewayUrl}/curity-api/status/${status}`, { headers: { authorization: `Bearer ${token}` } });
        if (res.status !== status) throw new Error(`expected ${status} through the gateway, got ${res.status}: ${await res.text()}`);
        await res.arrayBuffer();
      }
    },
  };
}
