import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { loadConfig } from '@gatehouse/config';
import { applyMigrations, createPrismaClient } from '@gatehouse/db';
import Database from 'better-sqlite3';
import { SecretBox } from '../../apps/api/src/lib/secret-box.ts';
import { DEMO_ACCOUNTS, DEMO_NAMES } from '../../apps/api/src/seed/demo-accounts.ts';
import { loadDemoData } from '../../apps/api/src/seed/load-demo-data.ts';
import { insertSessions } from './bench-sessions.ts';

export interface BenchPortal {
  databasePath: string;
  /** Environment of the API process (processes/api.ts) for this database. */
  apiEnv: Record<string, string>;
  /** Cookie header of the demo developer, who owns `clients` clients. */
  developerCookie: string;
  /** One Cookie header per extra developer, for concurrent registrations. */
  registrantCookies: string[];
  /** The demo catalogue entry: DCR enabled, registering at the embedded IdP. */
  dcrEntryId: string;
}

/**
 * The demo portal (the API's own first-start data, pointed at `issuer`), grown to `entries`
 * visible catalogue entries and `clients` OAuth clients of the demo developer, plus
 * `registrants` developers with a session each. Bulk rows go in with better-sqlite3 in one
 * transaction; the schema is the migrations'.
 */
export async function seedPortal(dir: string, issuer: string, counts: { entries: number; clients: number; registrants: number }): Promise<BenchPortal> {
  const databasePath = join(dir, 'gatehouse.db');
  const key = randomBytes(32).toString('base64');
  const apiEnv = { GATEHOUSE_DATA_DIR: dir, DATABASE_URL: `file:${databasePath}`, GATEHOUSE_ENCRYPTION_KEY: key, IDP_ISSUER: issuer };
  await applyMigrations(apiEnv.DATABASE_URL);
  const prisma = createPrismaClient(apiEnv.DATABASE_URL);
  await loadDemoData(prisma, loadConfig({ ...apiEnv, LOG_LEVEL: 'silent' }), new SecretBox(Buffer.from(key, 'base64')));
  await prisma.$disconnect();

  const db = new Database(databasePath);
  const one = <T>(sql: string, ...args: unknown[]) => db.prepare(sql).get(...args) as T;
  const developerId = one<{ id: string }>('SELECT id FROM "User" WHERE email = ?', DEMO_ACCOUNTS.developer.email).id;
  const { id: dcrEntryId, policyId } = one<{ id: string; policyId: string }>('SELECT id, policyId FROM "CatalogueEntry" WHERE publicName = ?', DEMO_NAMES.catalogueEntry);
  const now = Date.now();
  const at = (i: number) => new Date(now - i * 60_000).toISOString();

  const entry = db.prepare('INSERT INTO "CatalogueEntry" (id, publicName, description, policyId, visible, overrideGlobalDcr, createdAt, updatedAt) VALUES (?, ?, ?, ?, 1, 0, ?, ?)');
  const client = db.prepare(
    `INSERT INTO "OAuthClient" (id, developerId, clientId, registrationEndpoint, provider, clientName, metadataJson, tokenEndpoint, idempotencyKey, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, 'OTHER', ?, ?, ?, ?, ?, ?)`,
  );
  const link = db.prepare('INSERT INTO "_CatalogueEntryToOAuthClient" (A, B) VALUES (?, ?)');
  const user = db.prepare(`INSERT INTO "User" (id, email, name, role, passwordHash, active, createdAt, updatedAt) VALUES (?, ?, ?, 'DEVELOPER', 'not-a-password', 1, ?, ?)`);
  const registrantIds: string[] = [];
  let developerCookie = '';
  let registrantCookies: string[] = [];
  db.transaction(() => {
    const entryIds = [dcrEntryId];
    for (let i = 1; i < counts.entries; i++) {
      const id = randomUUID();
      entry.run(id, `Bench API ${String(i).padStart(3, '0')}`, `Benchmark entry ${i}: an API published with the demo policy.`, policyId, at(i), at(i));
      entryIds.push(id);
    }
    for (let i = 0; i < counts.clients; i++) {
      const id = randomUUID();
      const name = `Bench client ${i}`;
      const metadata = { client_name: name, redirect_uris: ['https://app.example.test/callback'], grant_types: ['authorization_code'], response_types: ['code'], token_endpoint_auth_method: 'client_secret_basic' };
      client.run(id, developerId, `bench-${id}`, `${issuer}/oauth-registration`, name, JSON.stringify(metadata), `${issuer}/token`, randomUUID(), at(i), at(i));
      link.run(entryIds[i % entryIds.length], id);
    }
    for (let i = 0; i < counts.registrants; i++) {
      const id = randomUUID();
      user.run(id, `registrant-${i}@bench.test`, `Registrant ${i}`, at(0), at(0));
      registrantIds.push(id);
    }
    developerCookie = insertSessions(db, [developerId])[0]!;
    registrantCookies = insertSessions(db, registrantIds);
  })();
  db.close();
  return { databasePath, apiEnv, developerCookie: developerCookie!, registrantCookies, dcrEntryId };
}
