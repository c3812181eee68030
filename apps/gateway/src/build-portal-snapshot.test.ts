import { describe, expect, it } from 'vitest';
import type { ApiDefinition } from './api-definition.ts';
import { buildApiTable } from './build-api-table.ts';
import { buildPortalSnapshot, type PortalRows } from './build-portal-snapshot.ts';
import { clientRow, entriesFor, policyRow } from './test-support/portal-rows.ts';

function api(id: string, defaultPolicyId: string | null = null): ApiDefinition {
  return { id, name: id, listenPath: `/${id}/`, upstreamUrl: 'http://127.0.0.1:4200', jwksUri: 'http://127.0.0.1:4100/jwks', issuer: null, audience: null, identitySource: 'client_id', defaultPolicyId };
}

const rows: PortalRows = {
  apis: [api('a', 'free'), api('b'), api('c')],
  policies: [
    policyRow('gold', { rateLimitRequests: 100, rateLimitPeriodSeconds: 60, quotaMax: 1000, quotaRenewalSeconds: 3600, keyExpiresInSeconds: 86_400 }),
    policyRow('silver'),
    policyRow('free', { rateLimitRequests: 0, rateLimitPeriodSeconds: 60, quotaMax: 10, quotaRenewalSeconds: null }),
  ],
  grants: [
    { apiId: 'a', policyId: 'gold' },
    { apiId: 'b', policyId: 'gold' },
    { apiId: 'b', policyId: 'silver' },
    { apiId: 'c', policyId: 'silver' },
    { apiId: 'a', policyId: 'free' },
  ],
  // One catalogue entry per policy, named after it; "gold" is the oldest.
  entries: entriesFor(['gold', 'silver', 'free']),
  clients: [
    clientRow('one', ['gold', 'silver']),
    clientRow('two', ['silver', 'gold']),
    clientRow('shared', [], { id: 'shared-at-idp-1' }),
    clientRow('shared', ['silver'], { id: 'shared-at-idp-2' }),
  ],
};
const snapshot = buildPortalSnapshot(rows, buildApiTable(rows.apis));
const policyFor = (clientId: string, apiId: string) => snapshot.policiesByEntryKey.get(snapshot.clientsByClientId.get(clientId)!.entryKey)?.get(apiId);
const policyNameFor = (clientId: string, apiId: string) => policyFor(clientId, apiId)?.name;

describe('buildPortalSnapshot', () => {
  it("maps each client to its catalogue entries' policies per granted API, the oldest entry first", () => {
    // Whatever order the links come in, the older entry ("gold") decides the API both grant.
    expect([policyNameFor('one', 'a'), policyNameFor('one', 'b'), policyNameFor('one', 'c')]).toEqual(['gold', 'gold', 'silver']);
    expect([policyNameFor('two', 'a'), policyNameFor('two', 'b'), policyNameFor('two', 'c')]).toEqual(['gold', 'gold', 'silver']);
    expect(snapshot.clientsByClientId.get('one')!.entryKey).toBe(snapshot.clientsByClientId.get('two')!.entryKey);
  });

  it('keeps every client that shares a client_id (issued by different IdPs)', () => {
    expect(snapshot.clientsByClientId.get('shared')!.id).toBe('shared-at-idp-1');
    expect(snapshot.clientsSharingClientId.get('shared')!.map((c) => c.id)).toEqual(['shared-at-idp-1', 'shared-at-idp-2']);
    expect(snapshot.clientsSharingClientId.has('one')).toBe(false);
    expect(snapshot.clientsById.size).toBe(4);
  });

  it('knows the default policy of each API that has one', () => {
    expect(snapshot.defaultPolicyByApiId.get('a')?.name).toBe('free');
    expect(snapshot.defaultPolicyByApiId.has('b')).toBe(false);
  });

  it('turns limits into milliseconds, and an incomplete limit into none', () => {
    const gold = policyFor('one', 'a')!;
    expect(gold).toMatchObject({ rateLimit: { requests: 100, periodMs: 60_000 }, quota: { max: 1000, renewalMs: 3_600_000 }, keyExpiresInMs: 86_400_000 });
    expect([...gold.apiIds]).toEqual(['a', 'b']);
    const free = snapshot.defaultPolicyByApiId.get('a')!;
    // A rate of 0 refuses everything; a quota without a renewal period is no quota.
    expect(free).toMatchObject({ rateLimit: { requests: 0, periodMs: 60_000 }, quota: null, keyExpiresInMs: null });
  });
});
