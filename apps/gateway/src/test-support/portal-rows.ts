import type { ApiDefinition } from '../api-definition.ts';
import type { ClientRow, PolicyRow, PortalRows } from '../build-portal-snapshot.ts';

/** A policy row with no limits and no expiry, active; override what a test needs. */
export function policyRow(id: string, overrides: Partial<PolicyRow> = {}): PolicyRow {
  return {
    id,
    name: id,
    active: true,
    rateLimitRequests: null,
    rateLimitPeriodSeconds: null,
    quotaMax: null,
    quotaRenewalSeconds: null,
    keyExpiresInSeconds: null,
    ...overrides,
  };
}

/** A portal client created now (or at `createdAtMs`) for catalogue entries with the given policies. */
export function clientRow(clientId: string, entryPolicyIds: string[], overrides: Partial<ClientRow> = {}): ClientRow {
  return { id: `portal-${clientId}`, clientId, developerId: 'developer-1', createdAtMs: Date.now(), entryPolicyIds, ...overrides };
}

/**
 * Portal data where one unlimited policy ("open") grants every given API, and each client id was
 * created for a catalogue entry with that policy.
 */
export function portalRows({ apis, clientIds }: { apis: ApiDefinition[]; clientIds: string[] }): PortalRows {
  return {
    apis,
    policies: [policyRow('open')],
    grants: apis.map((api) => ({ apiId: api.id, policyId: 'open' })),
    clients: clientIds.map((clientId) => clientRow(clientId, ['open'])),
  };
}
