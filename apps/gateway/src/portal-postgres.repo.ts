import type { Client } from 'pg';
import type { ApiDefinition } from './api-definition.ts';
import { entryKeyOf, type ClientRow, type EntryRow, type PolicyRow, type PolicyRows } from './build-portal-snapshot.ts';

/** What one read returns: the small tables always, the clients when asked for (else undefined). */
export interface PortalPostgresRead {
  policyRows: PolicyRows;
  clients: ClientRow[] | undefined;
}

// The rows portal-database.repo.ts reads from SQLite, from the PostgreSQL schema
// (prisma/postgresql/migrations): quoted camelCase names, real booleans, TIMESTAMP(3) in UTC.
// COLLATE "C" orders as SQLite does (bytewise), so both databases give the same snapshot.
const QUERIES = {
  apis: `SELECT id, name, "listenPath", "upstreamUrl", "jwksUri", issuer, audience, "identitySource", "defaultPolicyId"
         FROM "Api" WHERE active ORDER BY "listenPath" COLLATE "C"`,
  policies: `SELECT id, name, active, "rateLimitRequests", "rateLimitPeriodSeconds", "quotaMax", "quotaRenewalSeconds", "keyExpiresInSeconds",
                    "limitsWhenRedisDown"
             FROM "Policy"`,
  // Prisma's implicit many-to-many tables: _PolicyGrants A = Api, B = Policy;
  // _CatalogueEntryToOAuthClient A = CatalogueEntry, B = OAuthClient.
  grants: `SELECT "A" AS "apiId", "B" AS "policyId" FROM "_PolicyGrants"`,
  entries: `SELECT id, "policyId" FROM "CatalogueEntry" ORDER BY "createdAt", id COLLATE "C"`,
  // extract(epoch) of a timestamp without time zone reads it as UTC, as Prisma wrote it.
  clients: `SELECT id, "clientId", (extract(epoch FROM "createdAt") * 1000)::float8 FROM "OAuthClient"`,
  clientLinks: `SELECT "B", "A" FROM "_CatalogueEntryToOAuthClient"`,
} as const;

/**
 * Data access for the gateway on PostgreSQL: read-only queries on the connection the source also
 * LISTENs on, all in one REPEATABLE READ READ ONLY transaction, so the snapshot is consistent
 * however the portal writes meanwhile.
 */
export async function readPortalPostgres(client: Client, withClients: boolean): Promise<PortalPostgresRead> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    // One after another: a pg client runs one query at a time anyway (and warns when queued).
    const apis = await client.query<ApiDefinition>(QUERIES.apis);
    const policies = await client.query<PolicyRow>(QUERIES.policies);
    const grants = await client.query<{ apiId: string; policyId: string }>(QUERIES.grants);
    const entries = await client.query<EntryRow>(QUERIES.entries);
    const clients = withClients ? await readClients(client) : undefined;
    await client.query('COMMIT');
    return { policyRows: { apis: apis.rows, policies: policies.rows, grants: grants.rows, entries: entries.rows }, clients };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  }
}

async function readClients(client: Client): Promise<ClientRow[]> {
  // Two plain scans joined in memory, as on SQLite; rows as arrays: no object per row.
  const clients = await client.query<[string, string, number]>({ text: QUERIES.clients, rowMode: 'array' });
  const links = await client.query<[string, string]>({ text: QUERIES.clientLinks, rowMode: 'array' });
  const entriesOf = new Map<string, string[]>();
  for (const [clientRowId, entryId] of links.rows) {
    const seen = entriesOf.get(clientRowId);
    if (seen === undefined) entriesOf.set(clientRowId, [entryId]);
    else seen.push(entryId);
  }
  return clients.rows.map(([id, clientId, createdAtMs]) => ({ id, clientId, createdAtMs, entryKey: entryKeyOf(entriesOf.get(id) ?? []) }));
}
