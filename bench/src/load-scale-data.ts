import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { applyMigrations } from '@gatehouse/db';
import Database from 'better-sqlite3';
import { insertSessions } from './bench-sessions.ts';

export interface ScaleCounts {
  apis: number;
  clients: number;
  developers: number;
}

export interface ScalePortal {
  databasePath: string;
  apiEnv: Record<string, string>;
  adminCookie: string;
  /** A developer with clients / developers clients. */
  developerCookie: string;
  developerId: string;
  rows: Record<string, number>;
  loadSeconds: number;
}

/**
 * Item 3's portal: `apis` APIs; one policy per 10 APIs, granting them and their default policy;
 * one catalogue entry per policy (every other one overriding the global DCR settings);
 * `developers` developers owning `clients` OAuth clients between them, each client for one or two
 * entries; an audit event per API, policy, entry, developer and client. The schema comes from the
 * migrations (applyMigrations); the rows go in with better-sqlite3 in one transaction.
 */
export async function loadScaleData(dir: string, counts: ScaleCounts): Promise<ScalePortal> {
  const startedAt = Date.now();
  const databasePath = join(dir, 'gatehouse.db');
  const apiEnv = { GATEHOUSE_DATA_DIR: dir, DATABASE_URL: `file:${databasePath}`, GATEHOUSE_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') };
  await applyMigrations(apiEnv.DATABASE_URL);
  const db = new Database(databasePath);
  db.pragma('journal_mode = WAL');
  const now = Date.now();
  const at = (i: number) => new Date(now - i * 1000).toISOString();
  const id = (prefix: string, i: number) => `${prefix}${String(i).padStart(7, '0')}-${randomUUID().slice(0, 8)}`;
  const rows: Record<string, number> = {};
  const count = (table: string) => (rows[table] = (rows[table] ?? 0) + 1);

  const insert = {
    dcr: db.prepare(`INSERT INTO "DcrSettings" (id, enabled, provider, grantTypes, tokenEndpointAuthMethod, responseTypes, registrationEndpoint, createdAt, updatedAt) VALUES (?, ?, 'OTHER', 'authorization_code', 'client_secret_basic', 'code', ?, ?, ?)`),
    settings: db.prepare(`INSERT INTO "PortalSettings" (id, globalDcrId, updatedAt) VALUES (1, ?, ?)`),
    user: db.prepare(`INSERT INTO "User" (id, email, name, role, passwordHash, active, createdAt, updatedAt) VALUES (?, ?, ?, ?, 'not-a-password', 1, ?, ?)`),
    policy: db.prepare(`INSERT INTO "Policy" (id, name, rateLimitRequests, rateLimitPeriodSeconds, quotaMax, quotaRenewalSeconds, keyExpiresInSeconds, active, createdAt, updatedAt) VALUES (?, ?, 100, 60, 10000, 2592000, 31536000, 1, ?, ?)`),
    api: db.prepare(`INSERT INTO "Api" (id, name, listenPath, upstreamUrl, authMode, jwksUri, identitySource, issuer, audience, defaultPolicyId, active, createdAt, updatedAt) VALUES (?, ?, ?, 'http://127.0.0.1:4200/anything', 'JWT', 'https://idp.example.test/jwks', 'client_id', 'https://idp.example.test', 'https://gateway.example.test', ?, 1, ?, ?)`),
    grant: db.prepare(`INSERT INTO "_PolicyGrants" (A, B) VALUES (?, ?)`),
    entry: db.prepare(`INSERT INTO "CatalogueEntry" (id, publicName, description, policyId, visible, overrideGlobalDcr, dcrOverrideId, createdAt, updatedAt) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)`),
    client: db.prepare(`INSERT INTO "OAuthClient" (id, developerId, clientId, registrationEndpoint, provider, clientName, metadataJson, tokenEndpoint, idempotencyKey, createdAt, updatedAt) VALUES (?, ?, ?, 'https://idp.example.test/register', 'OTHER', ?, ?, 'https://idp.example.test/token', ?, ?, ?)`),
    link: db.prepare(`INSERT INTO "_CatalogueEntryToOAuthClient" (A, B) VALUES (?, ?)`),
    audit: db.prepare(`INSERT INTO "AuditEvent" (id, actorId, action, targetType, targetId, detailsJson, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?)`),
  };
  let adminId = '';
  const developerIds: string[] = [];
  db.transaction(() => {
    const globalDcr = id('dcr', 0);
    insert.dcr.run(globalDcr, 1, 'https://idp.example.test/register', at(0), at(0));
    insert.settings.run(globalDcr, at(0));
    adminId = id('admin', 0);
    insert.user.run(adminId, 'admin@scale.test', 'Scale Admin', 'ADMIN', at(0), at(0));
    const audit = (targetType: string, targetId: string, i: number) => {
      insert.audit.run(id('audit', (rows.AuditEvent ?? 0) + 1), adminId, `${targetType.toLowerCase()}.created`, targetType, targetId, JSON.stringify({ name: targetId }), at(i));
      count('AuditEvent');
    };
    const policies = Math.ceil(counts.apis / 10);
    const entryIds: string[] = [];
    for (let p = 0; p < policies; p++) {
      const policyId = id('policy', p);
      insert.policy.run(policyId, `Policy ${p}`, at(p), at(p));
      count('Policy');
      audit('Policy', policyId, p);
      for (let a = p * 10; a < Math.min(counts.apis, p * 10 + 10); a++) {
        const apiId = id('api', a);
        insert.api.run(apiId, `api-${a}`, `/api-${a}/`, policyId, at(a), at(a));
        insert.grant.run(apiId, policyId);
        count('Api');
        audit('Api', apiId, a);
      }
      const entryId = id('entry', p);
      let overrideId: string | null = null;
      if (p % 2 === 0) {
        overrideId = id('dcr', p + 1);
        insert.dcr.run(overrideId, 1, `https://idp-${p}.example.test/register`, at(p), at(p));
      }
      insert.entry.run(entryId, `Catalogue API ${String(p).padStart(5, '0')}`, `API group ${p}: ten APIs under Policy ${p}.`, policyId, overrideId ? 1 : 0, overrideId, at(p), at(p));
      entryIds.push(entryId);
      count('CatalogueEntry');
      audit('CatalogueEntry', entryId, p);
    }
    for (let d = 0; d < counts.developers; d++) {
      const developerId = id('dev', d);
      insert.user.run(developerId, `developer-${d}@scale.test`, `Developer ${d}`, 'DEVELOPER', at(d), at(d));
      developerIds.push(developerId);
      count('User');
      audit('User', developerId, d);
    }
    for (let c = 0; c < counts.clients; c++) {
      const clientId = id('client', c);
      const developerId = developerIds[c % developerIds.length]!;
      const name = `Client ${c}`;
      insert.client.run(clientId, developerId, `cid-${clientId}`, name, JSON.stringify({ client_name: name, redirect_uris: ['https://app.example.test/cb'] }), randomUUID(), at(c), at(c));
      insert.link.run(entryIds[c % entryIds.length], clientId);
      if (c % 3 === 0) insert.link.run(entryIds[(c + 1) % entryIds.length], clientId);
      count('OAuthClient');
      audit('OAuthClient', clientId, c);
    }
  })();
  const [adminCookie, developerCookie] = insertSessions(db, [adminId, developerIds[0]!]);
  db.close();
  return { databasePath, apiEnv, adminCookie: adminCookie!, developerCookie: developerCookie!, developerId: developerIds[0]!, rows, loadSeconds: (Date.now() - startedAt) / 1000 };
}
