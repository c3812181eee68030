import { randomBytes, randomUUID } from 'node:crypto';
import { loadConfig, SecretBox } from '@gatehouse/config';
import { createPrismaClient } from '@gatehouse/db';
import { DEMO_ACCOUNTS, DEMO_NAMES } from '../../apps/api/src/seed/demo-accounts.ts';
import { loadDemoData } from '../../apps/api/src/seed/load-demo-data.ts';
import type { BenchDatabase } from './bench-database.ts';
import { insertSessions } from './bench-sessions.ts';

export interface BenchPortal {
  /** DATABASE_URL of the portal (the baselines read it too). */
  databaseUrl: string;
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
 * `registrants` developers with a session each, in `database` (migrated, empty). Bulk rows go in
 * in one transaction (bench-database.ts).
 */
export async function seedPortal(
  dir: string,
  database: BenchDatabase,
  issuer: string,
  counts: { entries: number; clients: number; registrants: number },
): Promise<BenchPortal> {
  const key = randomBytes(32).toString('base64');
  const apiEnv = { GATEHOUSE_DATA_DIR: dir, DATABASE_URL: database.url, GATEHOUSE_ENCRYPTION_KEY: key, IDP_ISSUER: issuer };
  const prisma = createPrismaClient(apiEnv.DATABASE_URL);
  await loadDemoData(prisma, loadConfig({ ...apiEnv, LOG_LEVEL: 'silent' }), new SecretBox(Buffer.from(key, 'base64')));
  await prisma.$disconnect();

  const rows = await database.openBulkRows();
  const developerId = (await rows.one<{ id: string }>('SELECT "id" FROM "User" WHERE "email" = ?', [DEMO_ACCOUNTS.developer.email])).id;
  const { id: dcrEntryId, policyId } = await rows.one<{ id: string; policyId: string }>('SELECT "id", "policyId" FROM "CatalogueEntry" WHERE "publicName" = ?', [
    DEMO_NAMES.catalogueEntry,
  ]);
  const now = Date.now();
  const at = (i: number) => new Date(now - i * 60_000).toISOString();

  const entryIds = [dcrEntryId];
  for (let i = 1; i < counts.entries; i++) {
    const id = randomUUID();
    const publicName = `Bench API ${String(i).padStart(3, '0')}`;
    const description = `Benchmark entry ${i}: an API published with the demo policy.`;
    rows.insert('CatalogueEntry', { id, publicName, description, policyId, visible: true, overrideGlobalDcr: false, createdAt: at(i), updatedAt: at(i) });
    entryIds.push(id);
  }
  for (let i = 0; i < counts.clients; i++) {
    const id = randomUUID();
    const clientName = `Bench client ${i}`;
    const metadata = { client_name: clientName, redirect_uris: ['https://app.example.test/callback'], grant_types: ['authorization_code'], response_types: ['code'], token_endpoint_auth_method: 'client_secret_basic' };
    rows.insert('OAuthClient', {
      id,
      developerId,
      clientId: `bench-${id}`,
      registrationEndpoint: `${issuer}/oauth-registration`,
      provider: 'OTHER',
      clientName,
      metadataJson: JSON.stringify(metadata),
      tokenEndpoint: `${issuer}/token`,
      idempotencyKey: randomUUID(),
      createdAt: at(i),
      updatedAt: at(i),
    });
    rows.insert('_CatalogueEntryToOAuthClient', { A: entryIds[i % entryIds.length]!, B: id });
  }
  const registrantIds: string[] = [];
  for (let i = 0; i < counts.registrants; i++) {
    const id = randomUUID();
    rows.insert('User', { id, email: `registrant-${i}@bench.test`, name: `Registrant ${i}`, role: 'DEVELOPER', passwordHash: 'not-a-password', active: true, createdAt: at(0), updatedAt: at(0) });
    registrantIds.push(id);
  }
  const [developerCookie] = insertSessions(rows, [developerId]);
  const registrantCookies = insertSessions(rows, registrantIds);
  await rows.finish();
  return { databaseUrl: database.url, apiEnv, developerCookie: developerCookie!, registrantCookies, dcrEntryId };
}
