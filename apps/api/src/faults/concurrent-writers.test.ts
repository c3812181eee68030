import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createPrismaClient } from '@gatehouse/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../modules/auth/session-cookie.ts';
import { CREATE, curityDemoApiId } from '../modules/oauth-clients/test-support/oauth-client-fixtures.ts';
import { UsageBucketsRepo } from '../modules/usage/usage-buckets.repo.ts';
import { startApiHarness, type ApiHarness } from '../test-support/api-harness.ts';
import { onPostgresql } from '../test-support/test-database.ts';
import { BETTER_SQLITE3_PATH, clientsAtIdp } from './test-support/idp-clients.ts';

/**
 * Issue 7, "Concurrent writers": 50 developers create clients at once through GraphQL against
 * the embedded IdP, while an admin saves the portal settings and a catalogue entry over and
 * over, the usage collector's write path stores minutes, and another process (a thread with a
 * connection of its own, as the gateway or a CLI has) writes to the same SQLite file. Every
 * client must be registered exactly once at the IdP and stored once, and no write may fail with
 * "database is locked" (packages/db/src/serialized-sqlite-adapter.ts says how).
 */
const DEVELOPERS = 50;

let h: ApiHarness;
let admin: string;
let apiId: string;
let developers: string[];

beforeAll(async () => {
  h = await startApiHarness();
  admin = await h.signInAs('admin');
  apiId = await curityDemoApiId(h, admin);
  // 50 accounts with one password hash between them, signed in by session: a memory-hard hash
  // per account would only make this test slow, and sign-in is not what it is about.
  const template = await h.api.services.auth.createUser({ email: 'writer-0@example.com', name: 'Writer 0', role: 'DEVELOPER', password: 'concurrent-writers' });
  developers = [];
  for (let i = 0; i < DEVELOPERS; i++) {
    const user = i === 0 ? template : await h.db.user.create({ data: { email: `writer-${i}@example.com`, name: `Writer ${i}`, role: 'DEVELOPER', passwordHash: template.passwordHash } });
    developers.push(`${SESSION_COOKIE}=${(await h.api.services.auth.startSession(user)).token}`);
  }
}, 60_000);
afterAll(() => h?.close());

const PORTAL_SETTINGS = /* GraphQL */ `
  { portalSettings { redirectUriSeparator signupEnabled dcr { enabled provider grantTypes tokenEndpointAuthMethod responseTypes identityProviderHost clientRegistrationEndpoint } } }
`;
const SAVE_PORTAL_SETTINGS = /* GraphQL */ `
  mutation Save($input: UpdatePortalSettingsInput!) { updatePortalSettings(input: $input) { __typename ... on ValidationError { message } } }
`;
const ENTRY = /* GraphQL */ `
  query Entry($id: ID!) {
    catalogueEntry(id: $id) {
      id publicName description visible overrideGlobalSettings policy { id }
      dcrOverride { enabled provider grantTypes tokenEndpointAuthMethod responseTypes identityProviderHost clientRegistrationEndpoint }
    }
  }
`;
const SAVE_ENTRY = /* GraphQL */ `
  mutation Save($input: UpdateCatalogueEntryInput!) { updateCatalogueEntry(input: $input) { __typename ... on ValidationError { message } } }
`;

/** Admins saving the portal settings and the catalogue entry, each over and over until `done`; every save's outcome. */
async function adminsKeepSaving(settings: any, entry: any, done: () => boolean): Promise<string[]> {
  const savePortal = (round: number) =>
    h.gql(SAVE_PORTAL_SETTINGS, { input: { ...settings, signupEnabled: round % 2 === 0 } }, admin).then((r) => r.data?.updatePortalSettings.__typename ?? JSON.stringify(r.errors));
  const saveEntry = (round: number) =>
    h
      .gql(SAVE_ENTRY, { input: { id: entry.id, publicName: entry.publicName, description: `${entry.description} (saved ${round})`, policyId: entry.policy.id, visible: entry.visible, overrideGlobalSettings: entry.overrideGlobalSettings, dcr: entry.dcrOverride } }, admin)
      .then((r) => r.data?.updateCatalogueEntry.__typename ?? JSON.stringify(r.errors));
  const keepSaving = async (save: (round: number) => Promise<string>) => {
    const outcomes: string[] = [];
    for (let round = 0; !done() || round === 0; round++) outcomes.push(await save(round));
    return outcomes;
  };
  return (await Promise.all([keepSaving(savePortal), keepSaving(saveEntry)])).flat();
}

/** The usage collector's write path (UsageBucketsRepo.storeMinutes), a minute after another. */
async function usageKeepsRecording(done: () => boolean): Promise<number> {
  const buckets = new UsageBucketsRepo(h.db);
  let minute = 29_000_000;
  for (; !done() || minute === 29_000_000; minute++) {
    const row = { gatewayInstance: 'concurrency-test', startMinute: minute, apiId: 'api', requests: 3, status2xx: 3, status3xx: 0, status4xx: 0, status5xx: 0, statusOther: 0, latencySumMs: 12 };
    await buckets.storeMinutes([
      { ...row, clientId: 'client-a' },
      { ...row, clientId: 'client-b' },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return minute - 29_000_000;
}

type OtherWriter = { stop(): Promise<{ writes: number; failures: string[]; longestWaitMs: number }> };

/**
 * Another process writing the same database with its own connection, in short transactions,
 * until told to stop: on SQLite a thread with its own better-sqlite3 connection and busy
 * timeout (blocking, as another process would), on PostgreSQL a second client of its own.
 * Reports its writes, its failures, and its longest wait.
 */
function anotherProcessWrites(): OtherWriter {
  return onPostgresql ? anotherConnectionWrites(h.databaseUrl) : anotherSqliteProcessWrites(join(h.dataDir, 'gatehouse.db'));
}

function anotherConnectionWrites(databaseUrl: string): OtherWriter {
  const db = createPrismaClient(databaseUrl);
  let stop = false;
  const failures: string[] = [];
  let writes = 0;
  let longestWaitMs = 0;
  const running = (async () => {
    while (!stop) {
      const started = Date.now();
      try {
        await db.$executeRaw`INSERT INTO "AuditEvent" ("id", "action", "targetType", "detailsJson", "createdAt") VALUES (${`other-${writes}`}, 'concurrency.other_process', 'Test', '{}', ${new Date()})`;
        writes++;
      } catch (error) {
        failures.push(String((error as Error).message));
      }
      longestWaitMs = Math.max(longestWaitMs, Date.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return {
    async stop() {
      stop = true;
      await running;
      await db.$disconnect();
      return { writes, failures, longestWaitMs };
    },
  };
}

function anotherSqliteProcessWrites(dbPath: string): OtherWriter {
  const worker = new Worker(
    `const { workerData, parentPort } = require('node:worker_threads');
     const db = new (require(workerData.driver))(workerData.path, { timeout: 5000 });
     const insert = db.prepare("INSERT INTO AuditEvent (id, action, targetType, detailsJson, createdAt) VALUES (?, 'concurrency.other_process', 'Test', '{}', ?)");
     let stop = false, writes = 0, failures = [], longestWaitMs = 0;
     parentPort.on('message', () => (stop = true));
     (function next() {
       if (stop) { db.close(); parentPort.postMessage({ writes, failures, longestWaitMs }); return; }
       const started = Date.now();
       try { db.transaction(() => insert.run('other-' + writes, Date.now()))(); writes++; }
       catch (error) { failures.push(String(error.message)); }
       longestWaitMs = Math.max(longestWaitMs, Date.now() - started);
       setTimeout(next, 10);
     })();`,
    { eval: true, workerData: { driver: BETTER_SQLITE3_PATH, path: dbPath } },
  );
  const report = new Promise<{ writes: number; failures: string[]; longestWaitMs: number }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    async stop() {
      worker.postMessage('stop');
      const result = await report;
      await worker.terminate();
      return result;
    },
  };
}

describe('50 developers creating clients while admins, usage and another process write to the same database', () => {
  it('registers every client exactly once at the IdP and in the portal, and no write fails', { timeout: 120_000 }, async ({ annotate }) => {
    const names = developers.map((_, i) => `Concurrent App ${i}`);
    const other = anotherProcessWrites();
    // What the admins' forms hold, read before the rush so their saves interleave with it.
    const settings = (await h.gql(PORTAL_SETTINGS, {}, admin)).data!.portalSettings;
    const entry = (await h.gql(ENTRY, { id: apiId }, admin)).data!.catalogueEntry;
    let creating = true;
    const started = performance.now();
    const saves = adminsKeepSaving(settings, entry, () => !creating);
    const usage = usageKeepsRecording(() => !creating);
    const creates = Promise.all(
      developers.map((cookie, i) =>
        h.gql(CREATE, { input: { catalogueEntryIds: [apiId], clientName: names[i], redirectUris: ['https://app.example/cb'], idempotencyKey: crypto.randomUUID() } }, cookie),
      ),
    ).finally(() => (creating = false));
    const [results, adminOutcomes, usageMinutes] = await Promise.all([creates, saves, usage]);
    const wallMs = performance.now() - started;
    const otherProcess = await other.stop();

    // Every developer got their client, and nothing failed anywhere.
    expect(results.map((r) => r.errors ?? r.data!.createOAuthClient.__typename)).toEqual(names.map(() => 'CreateOAuthClientSuccess'));
    expect(new Set(adminOutcomes)).toEqual(new Set(['UpdatePortalSettingsSuccess', 'UpdateCatalogueEntrySuccess']));
    expect(otherProcess.failures).toEqual([]);
    expect(otherProcess.writes).toBeGreaterThan(0);

    // Exactly once at the IdP, exactly once in the portal, the same client, nothing journalled.
    const atIdp = clientsAtIdp(join(h.dataDir, 'idp.db')).filter((client) => names.includes(client.client_name ?? ''));
    const stored = await h.db.oAuthClient.findMany({ where: { clientName: { in: names } }, include: { developer: true } });
    expect(atIdp.map((client) => client.client_name).sort()).toEqual([...names].sort());
    expect(stored.map((row) => row.clientName).sort()).toEqual([...names].sort());
    expect(new Set(stored.map((row) => row.clientId))).toEqual(new Set(atIdp.map((client) => client.client_id)));
    expect(stored.every((row) => row.developer.email === `writer-${row.clientName.split(' ').at(-1)}@example.com`)).toBe(true);
    expect(await h.db.idpCleanup.count({ where: { clientName: { in: names } } })).toBe(0);
    expect(await h.db.usageBucket.count({ where: { gatewayInstance: 'concurrency-test' } })).toBe(usageMinutes * 2);

    await annotate(
      `${DEVELOPERS} creates in ${Math.round(wallMs)} ms wall time; meanwhile ${adminOutcomes.length} admin saves, ${usageMinutes} usage minutes stored, ` +
        `${otherProcess.writes} writes by another connection (longest wait for the lock ${otherProcess.longestWaitMs} ms), 0 failed, 0 retried`,
    );
  });
});
