import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { ApiDefinition } from './api-definition.ts';
import { authorizeClient } from './authorize-client.ts';
import { buildApiTable } from './build-api-table.ts';
import { buildPortalSnapshot, type PortalRows } from './build-portal-snapshot.ts';
import type { GatewayResponse } from './gateway-responses.ts';
import type { PortalSnapshot } from './portal-snapshot.ts';
import { NO_LIMIT, type GatewayExchange } from './request-step.ts';
import { clientRow, entriesFor, policyRow } from './test-support/portal-rows.ts';

function api(id: string, defaultPolicyId: string | null = null): ApiDefinition {
  return { id, name: id, listenPath: `/${id}/`, upstreamUrl: 'http://127.0.0.1:4200', jwksUri: 'http://127.0.0.1:4100/jwks', issuer: null, audience: null, identitySource: 'client_id', defaultPolicyId };
}

const rows: PortalRows = {
  apis: [api('billing'), api('maps', 'maps-default'), api('search', 'unrelated')],
  policies: [policyRow('billing-policy'), policyRow('maps-default'), policyRow('unrelated')],
  grants: [
    { apiId: 'billing', policyId: 'billing-policy' },
    { apiId: 'maps', policyId: 'maps-default' },
  ],
  entries: entriesFor(['billing-policy']),
  clients: [
    // The same client_id at two IdPs: only the second was created for the billing API.
    clientRow('twin', [], { id: 'twin-at-idp-a' }),
    clientRow('twin', ['billing-policy'], { id: 'twin-at-idp-b' }),
  ],
};
const snapshot: PortalSnapshot = buildPortalSnapshot(rows, buildApiTable(rows.apis));

function authorize(apiId: string, clientId = 'twin') {
  const exchange: GatewayExchange = {
    req: {} as IncomingMessage, res: {} as ServerResponse, startedAt: 0, requestId: 'test', traceparent: '', forwardedAt: 0, route: snapshot.apis.routes.find((r) => r.definition.id === apiId)!, snapshot, upstreamPath: '/',
    claims: {}, clientId, scopes: undefined, client: undefined, policy: undefined,
    rateLimit: NO_LIMIT, rateLimitRemaining: NO_LIMIT, rateLimitReset: NO_LIMIT, quotaLimit: NO_LIMIT, quotaRemaining: NO_LIMIT, quotaReset: NO_LIMIT,
  };
  const refusal = authorizeClient(exchange) as GatewayResponse | undefined;
  return { status: refusal?.status ?? 200, client: exchange.client?.id, policy: exchange.policy?.id };
}

describe('authorizeClient', () => {
  it('picks, among clients sharing a client_id, the one created for this API', () => {
    expect(authorize('billing')).toEqual({ status: 200, client: 'twin-at-idp-b', policy: 'billing-policy' });
  });

  it("uses the API's default policy when no entry of the client grants the API", () => {
    expect(authorize('maps')).toEqual({ status: 200, client: 'twin-at-idp-a', policy: 'maps-default' });
  });

  it('refuses 403 when the default policy does not grant the API either', () => {
    expect(authorize('search')).toMatchObject({ status: 403, policy: undefined });
  });

  it('refuses 401 for a client_id the portal does not know', () => {
    expect(authorize('billing', 'stranger')).toEqual({ status: 401, client: undefined, policy: undefined });
  });
});
