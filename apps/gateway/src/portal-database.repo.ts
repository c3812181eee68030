import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import type { ApiDefinition } from './api-definition.ts';
import { entryKeyOf, type ClientRow, type EntryRow, type PolicyRow, type PolicyRows } from './build-portal-snapshot.ts';

/**
 * What identifies the state of the tables behind the client part of the snapshot: when it is the
 * same, the clients need not be read again.
 */
export interface ClientTablesVersion {
  /** count and latest updatedAt of OAuthClient: a client created or deleted moves it. */
  clients: string;
  /**
   * SHA-1 of every (client, catalogue entry) link. Prisma does not touch `updatedAt` when only a
   * relation changes, and a link deleted and another inserted can reuse the same rowid, so counts
   * and rowids cannot tell; the links' content can.
   */
  links: string;
}

export interface PortalRead {
  policyRows: PolicyRows;
  version: ClientTablesVersion;
  /** Read only when the version differs from the one passed in. */
  clients: ClientRow[] | undefined;
}

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

  /**
   * In one read transaction, so that everything is consistent: the small tables always, the
   * clients only when their tables changed since `since` (or when `since` is undefined).
   */
  read(since: ClientTablesVersion | undefined): PortalRead {
    const statements = (this.#statements ??= prepare(this.#db));
    return this.#db.transaction((): PortalRead => {
      const [count, lastUpdate] = statements.clientsVersion.get() as [number, string | number | null];
      const links = (statements.links.get() as string | null) ?? '';
      const version = { clients: `${count} ${lastUpdate}`, links: createHash('sha1').update(links).digest('hex') };
      const policyRows: PolicyRows = {
        apis: statements.apis.all() as ApiDefinition[],
        policies: (statements.policies.all() as PolicyRowRaw[]).map(toPolicyRow),
        grants: statements.grants.all() as { apiId: string; policyId: string }[],
        entries: statements.entries.all() as EntryRow[],
      };
      const unchanged = since !== undefined && since.clients === version.clients && since.links === version.links;
      return { policyRows, version, clients: unchanged ? undefined : readClients(statements) };
    })();
  }

  close(): void {
    this.#db.close();
  }
}

interface Statements {
  apis: Database.Statement;
  policies: Database.Statement;
  grants: Database.Statement;
  entries: Database.Statement;
  clientsVersion: Database.Statement;
  links: Database.Statement;
  clients: Database.Statement;
  clientLinks: Database.Statement;
}

// Prepared once the tables exist: preparing fails on a database that is not migrated yet.
function prepare(db: Database.Database): Statements {
  return {
    apis: db.prepare(
      `SELECT id, name, listenPath, upstreamUrl, jwksUri, issuer, audience, identitySource, defaultPolicyId
       FROM "Api" WHERE active = 1 ORDER BY listenPath`,
    ),
    policies: db.prepare(
      `SELECT id, name, active, rateLimitRequests, rateLimitPeriodSeconds, quotaMax, quotaRenewalSeconds, keyExpiresInSeconds,
              limitsWhenRedisDown
       FROM "Policy"`,
    ),
    // Prisma's implicit many-to-many table of `Api.grantedBy` / `Policy.apis`: A = Api, B = Policy.
    grants: db.prepare(`SELECT A AS apiId, B AS policyId FROM "_PolicyGrants"`),
    entries: db.prepare(`SELECT id, policyId FROM "CatalogueEntry" ORDER BY createdAt, id`),
    clientsVersion: db.prepare(`SELECT count(*), max(updatedAt) FROM "OAuthClient"`).raw(),
    // A = CatalogueEntry, B = OAuthClient (`OAuthClient.catalogueEntries`). Concatenated in SQLite:
    // one string to hash instead of thousands of rows to build.
    links: db.prepare(`SELECT group_concat(B || ' ' || A, ',') FROM "_CatalogueEntryToOAuthClient"`).pluck(),
    // Two plain scans joined in memory: much cheaper than an SQL join over thousands of clients.
    clients: db.prepare(`SELECT id, clientId, createdAt FROM "OAuthClient"`).raw(),
    clientLinks: db.prepare(`SELECT B, A FROM "_CatalogueEntryToOAuthClient"`).raw(),
  };
}

type PolicyRowRaw = Omit<PolicyRow, 'active'> & { active: number };

function toPolicyRow(row: PolicyRowRaw): PolicyRow {
  // SQLite has no boolean type: Prisma stores Boolean as 0/1.
  return { ...row, active: row.active === 1 };
}

function readClients(statements: Statements): ClientRow[] {
  const entriesOf = new Map<string, string | string[]>();
  for (const [clientRowId, entryId] of statements.clientLinks.all() as [string, string][]) {
    const seen = entriesOf.get(clientRowId);
    if (seen === undefined) entriesOf.set(clientRowId, entryId);
    else if (typeof seen === 'string') entriesOf.set(clientRowId, [seen, entryId]);
    else seen.push(entryId);
  }
  return (statements.clients.all() as [string, string, string | number][]).map(([id, clientId, createdAt]) => {
    const entries = entriesOf.get(id);
    return {
      id,
      clientId,
      createdAtMs: parseSqliteDate(createdAt),
      entryKey: entries === undefined ? '' : typeof entries === 'string' ? entries : entryKeyOf(entries),
    };
  });
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
