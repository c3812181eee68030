import type { ApiDefinition } from '../api-definition.ts';
import { entryKeyOf, type ClientRow, type EntryRow, type PolicyRow, type PortalRows } from '../build-portal-snapshot.ts';

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
    limitsWhenRedisDown: null,
    ...overrides,
  };
}

/** One catalogue entry per policy, with the policy's id as its own, oldest first in the given order. */
export function entriesFor(policyIds: string[]): EntryRow[] {
  return policyIds.map((id) => ({ id, policyId: id }));
}

/** A portal client created now (or at `createdAtMs`) for the given catalogue entries. */
export function clientRow(clientId: string, entryIds: string[], overrides: Partial<ClientRow> = {}): ClientRow {
  return { id: `portal-${clientId}`, clientId, createdAtMs: Date.now(), entryKey: entryKeyOf(entryIds), ...overrides };
}

/** No APIs, policies or clients. */
export const EMPTY_PORTAL: PortalRows = { apis: [], policies: [], grants: [], entries: [], clients: [] };

/**
 * Portal data where one unlimited policy ("open") grants every given API, and each client id was
 * created for the catalogue entry ("open") that publishes them with it.
 */
export function portalRows({ apis, clientIds }: { apis: ApiDefinition[]; clientIds: string[] }): PortalRows {
  return {
    apis,
    policies: [policyRow('open')],
    grants: apis.map((api) => ({ apiId: api.id, policyId: 'open' })),
    entries: entriesFor(['open']),
    clients: clientIds.map((clientId) => clientRow(clientId, ['open'])),
  };
}
