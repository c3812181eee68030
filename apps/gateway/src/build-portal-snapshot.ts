import type { ApiDefinition, ApiTable } from './api-definition.ts';
import type { PolicyRule, PortalClient, PortalSnapshot } from './portal-snapshot.ts';

/** A `Policy` row, as the repository reads it. */
export interface PolicyRow {
  id: string;
  name: string;
  active: boolean;
  rateLimitRequests: number | null;
  rateLimitPeriodSeconds: number | null;
  quotaMax: number | null;
  quotaRenewalSeconds: number | null;
  keyExpiresInSeconds: number | null;
}

/** An `OAuthClient` row with the policies of the catalogue entries it was created for. */
export interface ClientRow {
  id: string;
  clientId: string;
  developerId: string;
  createdAtMs: number;
  /** Policy ids of the client's catalogue entries, oldest entry first. */
  entryPolicyIds: string[];
}

/** What the gateway reads from the portal database, in one consistent read. */
export interface PortalRows {
  /** Active APIs only. */
  apis: ApiDefinition[];
  policies: PolicyRow[];
  /** `Policy.apis`: which policy grants which API. */
  grants: { apiId: string; policyId: string }[];
  clients: ClientRow[];
}

/**
 * Compiles the rows into the lookups a request needs: a client by its identity claim, then its
 * policy for the API in one map read. `apis` is passed in so that the caller can keep the routing
 * table (and with it the verified-token cache) when only policies or clients changed.
 */
export function buildPortalSnapshot(rows: PortalRows, apis: ApiTable): PortalSnapshot {
  const apiIdsByPolicy = new Map<string, Set<string>>();
  for (const { apiId, policyId } of rows.grants) {
    let apiIds = apiIdsByPolicy.get(policyId);
    if (!apiIds) apiIdsByPolicy.set(policyId, (apiIds = new Set()));
    apiIds.add(apiId);
  }
  const policies = new Map<string, PolicyRule>();
  for (const row of rows.policies) policies.set(row.id, toPolicyRule(row, apiIdsByPolicy.get(row.id) ?? new Set()));

  const defaultPolicyByApiId = new Map<string, PolicyRule>();
  for (const api of rows.apis) {
    const policy = api.defaultPolicyId === null ? undefined : policies.get(api.defaultPolicyId);
    if (policy) defaultPolicyByApiId.set(api.id, policy);
  }

  const clientsById = new Map<string, PortalClient>();
  const clientsByClientId = new Map<string, PortalClient[]>();
  // Clients created for the same catalogue entries share one map: thousands of clients, a handful of maps.
  const policyMaps = new Map<string, ReadonlyMap<string, PolicyRule>>();
  for (const row of rows.clients) {
    const key = row.entryPolicyIds.length === 1 ? row.entryPolicyIds[0]! : row.entryPolicyIds.join(' ');
    let policyByApiId = policyMaps.get(key);
    if (policyByApiId === undefined) policyMaps.set(key, (policyByApiId = policiesByApi(row.entryPolicyIds, policies)));
    const client: PortalClient = {
      id: row.id,
      clientId: row.clientId,
      developerId: row.developerId,
      createdAtMs: row.createdAtMs,
      policyByApiId,
    };
    clientsById.set(client.id, client);
    const sameClientId = clientsByClientId.get(client.clientId);
    if (sameClientId) sameClientId.push(client);
    else clientsByClientId.set(client.clientId, [client]);
  }
  return { apis, clientsByClientId, clientsById, defaultPolicyByApiId };
}

function policiesByApi(policyIds: readonly string[], policies: ReadonlyMap<string, PolicyRule>): Map<string, PolicyRule> {
  const byApi = new Map<string, PolicyRule>();
  for (const policyId of policyIds) {
    const policy = policies.get(policyId);
    if (!policy) continue;
    // First (oldest) entry wins, so adding a catalogue entry never changes an existing grant.
    for (const apiId of policy.apiIds) if (!byApi.has(apiId)) byApi.set(apiId, policy);
  }
  return byApi;
}

const SECOND = 1000;

function toPolicyRule(row: PolicyRow, apiIds: ReadonlySet<string>): PolicyRule {
  const { rateLimitRequests: requests, rateLimitPeriodSeconds: period, quotaMax: max, quotaRenewalSeconds: renewal } = row;
  return {
    id: row.id,
    name: row.name,
    active: row.active,
    apiIds,
    // A limit needs both numbers and a positive period; a count of 0 (or less) refuses every request.
    rateLimit: requests !== null && period !== null && period > 0 ? { requests: Math.max(0, requests), periodMs: period * SECOND } : null,
    quota: max !== null && renewal !== null && renewal > 0 ? { max: Math.max(0, max), renewalMs: renewal * SECOND } : null,
    keyExpiresInMs: row.keyExpiresInSeconds === null ? null : row.keyExpiresInSeconds * SECOND,
  };
}
