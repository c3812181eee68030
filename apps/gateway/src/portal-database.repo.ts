import Database from 'better-sqlite3';
import type { ApiDefinition } from './api-definition.ts';
import type { ClientRow, PolicyRow, PortalRows } from './build-portal-snapshot.ts';

/**
 * Data access for the gateway: the only file of this app that reads the portal database. It uses
 * its own read-only better-sqlite3 connection rather than Prisma because the gateway needs two
 * things Prisma does not give: `PRAGMA data_version` (which changes only when another connection
 * commits, so polling it is how the gateway learns of portal edits) and one consistent read of
 * several tables without taking a write lock. Table and column names are Prisma's (schema.prisma);
 * the integration tests run these queries against the migrated schema.
 */
export class PortalDatabaseRepo {
  readonly #db: Database.Database;
  readonly #dataVersion: Database.Statement;
  #statements: Statements | undefined;

  private constructor(db: Database.Database) {
    this.#db = db;
    // Prepared once: db.pragma() would compile the statement again on every poll.
    this.#dataVersion = db.prepare('PRAGMA data_version').pluck();
  }

  /** Opens the database file read-only; throws if it does not exist (yet). */
  static open(path: string): PortalDatabaseRepo {
    return new PortalDatabaseRepo(new Database(path, { readonly: true, fileMustExist: true }));
  }

  /** Changes whenever another connection committed since the last call (SQLite `PRAGMA data_version`). */
  dataVersion(): number {
    return this.#dataVersion.get() as number;
  }

  /** Everything the gateway enforces, read in one transaction so the rows are consistent. */
  readRows(): PortalRows {
    const statements = (this.#statements ??= prepare(this.#db));
    return this.#db.transaction(() => ({
      apis: statements.apis.all() as ApiDefinition[],
      policies: (statements.policies.all() as PolicyRowRaw[]).map(toPolicyRow),
      grants: statements.grants.all() as { apiId: string; policyId: string }[],
      clients: groupClients(statements.clients.raw().all() as ClientJoinRaw[]),
    }))();
  }

  close(): void {
    this.#db.close();
  }
}

interface Statements {
  apis: Database.Statement;
  policies: Database.Statement;
  grants: Database.Statement;
  clients: Database.Statement;
}

// Prepared once the tables exist: preparing fails on a database that is not migrated yet.
function prepare(db: Database.Database): Statements {
  return {
    apis: db.prepare(
      `SELECT id, name, listenPath, upstreamUrl, jwksUri, issuer, audience, identitySource, defaultPolicyId
       FROM "Api" WHERE active = 1 ORDER BY listenPath`,
    ),
    policies: db.prepare(
      `SELECT id, name, active, rateLimitRequests, rateLimitPeriodSeconds, quotaMax, quotaRenewalSeconds, keyExpiresInSeconds
       FROM "Policy"`,
    ),
    // Prisma's implicit many-to-many table of `Api.grantedBy` / `Policy.apis`: A = Api, B = Policy.
    grants: db.prepare(`SELECT A AS apiId, B AS policyId FROM "_PolicyGrants"`),
    // One row per client and catalogue entry (A = CatalogueEntry, B = OAuthClient), oldest entry first.
    clients: db.prepare(
      `SELECT c.id, c.clientId, c.developerId, c.createdAt, e.policyId
       FROM "OAuthClient" c
       LEFT JOIN "_CatalogueEntryToOAuthClient" ce ON ce.B = c.id
       LEFT JOIN "CatalogueEntry" e ON e.id = ce.A
       ORDER BY c.id, e.createdAt, e.id`,
    ),
  };
}

type PolicyRowRaw = Omit<PolicyRow, 'active'> & { active: number };
/** [id, clientId, developerId, createdAt, policyId] */
type ClientJoinRaw = [string, string, string, string | number, string | null];

function toPolicyRow(row: PolicyRowRaw): PolicyRow {
  // SQLite has no boolean type: Prisma stores Boolean as 0/1.
  return { ...row, active: row.active === 1 };
}

function groupClients(rows: readonly ClientJoinRaw[]): ClientRow[] {
  const clients: ClientRow[] = [];
  let current: ClientRow | undefined;
  for (const [id, clientId, developerId, createdAt, policyId] of rows) {
    if (current?.id !== id) {
      current = { id, clientId, developerId, createdAtMs: parseSqliteDate(createdAt), entryPolicyIds: [] };
      clients.push(current);
    }
    if (policyId !== null) current.entryPolicyIds.push(policyId);
  }
  return clients;
}

/**
 * Prisma writes DateTime as ISO 8601 text through the better-sqlite3 adapter; a row inserted with
 * SQL gets CURRENT_TIMESTAMP's "YYYY-MM-DD HH:MM:SS" (UTC); other setups store epoch milliseconds.
 */
export function parseSqliteDate(value: string | number): number {
  if (typeof value === 'number') return value;
  const iso = value.includes('T') ? value : `${value.replace(' ', 'T')}Z`;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`unreadable date in the portal database: ${value}`);
  return ms;
}
