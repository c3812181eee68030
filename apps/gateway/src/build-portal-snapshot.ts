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
  /** "ALLOW" | "REFUSE" | null (the gateway's GATEWAY_LIMITS_FAIL_MODE). */
  limitsWhenRedisDown: string | null;
}

/** A `CatalogueEntry`: the policy it publishes its APIs with. */
export interface EntryRow {
  id: string;
  policyId: string;
}

/**
 * An `OAuthClient` row with the catalogue entries it was created for (`entryKey`, see entryKeyOf).
 * The repository builds them in the shape the snapshot keeps, so thousands of clients are not
 * copied once more.
 */
export type ClientRow = PortalClient;

/** The small tables, read whenever the database changed. */
export interface PolicyRows {
  /** Active APIs only. */
  apis: ApiDefinition[];
  policies: PolicyRow[];
  /** `Policy.apis`: which policy grants which API. */
  grants: { apiId: string; policyId: string }[];
  /** Every catalogue entry, oldest first. */
  entries: EntryRow[];
}

/** Everything the gateway reads from the portal database. */
export interface PortalRows extends PolicyRows {
  clients: ClientRow[];
}

/** A set of catalogue entry ids as one string: sorted, so the same set always gives the same key. */
export function entryKeyOf(entryIds: readonly string[]): string {
  return entryIds.length === 1 ? entryIds[0]! : [...entryIds].sort().join(' ');
}

/** The client part of a snapshot: rebuilt only when clients (or their entries) changed. */
export interface ClientIndex {
  readonly clientsByClientId: ReadonlyMap<string, PortalClient>;
  readonly clientsSharingClientId: ReadonlyMap<string, readonly PortalClient[]>;
  readonly clientsById: ReadonlyMap<string, PortalClient>;
  /** The distinct entry keys of the clients: what the policy part must resolve. */
  readonly entryKeys: ReadonlySet<string>;
}

export function buildClientIndex(clients: readonly ClientRow[]): ClientIndex {
  const clientsById = new Map<string, PortalClient>();
  const clientsByClientId = new Map<string, PortalClient>();
  const clientsSharingClientId = new Map<string, PortalClient[]>();
  const entryKeys = new Set<string>();
  for (const client of clients) {
    clientsById.set(client.id, client);
    const first = clientsByClientId.get(client.clientId);
    if (first === undefined) clientsByClientId.set(client.clientId, client);
    else clientsSharingClientId.set(client.clientId, [...(clientsSharingClientId.get(client.clientId) ?? [first]), client]);
    entryKeys.add(client.entryKey);
  }
  return { clientsByClientId, clientsSharingClientId, clientsById, entryKeys };
}

/** The policy part of a snapshot: rebuilt whenever the small tables changed, without touching clients. */
export interface PolicyIndex {
  readonly policiesByEntryKey: ReadonlyMap<string, ReadonlyMap<string, PolicyRule>>;
  readonly defaultPolicyByApiId: ReadonlyMap<string, PolicyRule>;
}

export function buildPolicyIndex(rows: PolicyRows, entryKeys: ReadonlySet<string>): PolicyIndex {
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

  // Entries oldest first: the first to grant an API decides its policy, so adding a catalogue
  // entry to a client never changes a grant it had.
  const entryAge = new Map(rows.entries.map((entry, age) => [entry.id, age]));
  const entryPolicy = new Map(rows.entries.map((entry) => [entry.id, entry.policyId]));
  const policiesByEntryKey = new Map<string, ReadonlyMap<string, PolicyRule>>();
  for (const key of entryKeys) {
    const entryIds = key === '' ? [] : key.split(' ').filter((id) => entryAge.has(id));
    entryIds.sort((a, b) => entryAge.get(a)! - entryAge.get(b)!);
    const byApi = new Map<string, PolicyRule>();
    for (const entryId of entryIds) {
      const policy = policies.get(entryPolicy.get(entryId)!);
      if (!policy) continue;
      for (const apiId of policy.apiIds) if (!byApi.has(apiId)) byApi.set(apiId, policy);
    }
    policiesByEntryKey.set(key, byApi);
  }
  return { policiesByEntryKey, defaultPolicyByApiId };
}

export function assembleSnapshot(apis: ApiTable, clients: ClientIndex, policies: PolicyIndex): PortalSnapshot {
  return {
    apis,
    clientsByClientId: clients.clientsByClientId,
    clientsSharingClientId: clients.clientsSharingClientId,
    clientsById: clients.clientsById,
    policiesByEntryKey: policies.policiesByEntryKey,
    defaultPolicyByApiId: policies.defaultPolicyByApiId,
  };
}

/** All parts at once (tests, in-memory portals). `apis` is the table compiled from `rows.apis`. */
export function buildPortalSnapshot(rows: PortalRows, apis: ApiTable): PortalSnapshot {
  const clients = buildClientIndex(rows.clients);
  return assembleSnapshot(apis, clients, buildPolicyIndex(rows, clients.entryKeys));
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
    limitsWhenRedisDown: row.limitsWhenRedisDown === 'ALLOW' || row.limitsWhenRedisDown === 'REFUSE' ? row.limitsWhenRedisDown : null,
  };
}
