import { createPrismaClient } from '@gatehouse/db';
import { createIdp, type Idp } from '@gatehouse/idp';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SecretBox } from '@gatehouse/config';
import { CLEANUPS, CREATE } from '../modules/oauth-clients/test-support/oauth-client-fixtures.ts';
import { DEMO_ACCOUNTS } from '../seed/demo-accounts.ts';
import { startApiProcess, type ApiProcess } from './test-support/api-process.ts';
import { gqlAt, signInAt } from './test-support/graphql-over-http.ts';
import { clientsAtIdp } from './test-support/idp-clients.ts';
import { newTestDatabase, type TestDatabase } from '../test-support/test-database.ts';

/**
 * Issue 7: the API process is killed (SIGKILL) between the IdP's answer and the database
 * write, and started again. The client must end up stored and usable by its developer, or
 * deleted at the IdP again, never orphaned; admins see what the restart reconciled (ADR 009).
 *
 * The real API runs as a process of its own (src/main.ts) on its own database; the embedded
 * IdP runs here, so it outlives the API's deaths and the test can look into its store.
 * Ports: E2E_PORT_BASE 31000 of this helper's range (API 31001; 31009 has no gateway).
 */
const API_PORT = 31001;
const NO_GATEWAY_PORT = '31009';

let dataDir: string;
let database: TestDatabase | undefined;
let idp: Idp;
let env: Record<string, string>;
let api: ApiProcess | undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'gatehouse-kill-'));
  idp = await createIdp({ issuer: 'http://127.0.0.1:0/oauth/v2/oauth-anonymous', dbPath: join(dataDir, 'idp.db'), audience: `http://127.0.0.1:${NO_GATEWAY_PORT}`, substituteResponseTypes: true });
  await idp.listen(0, '127.0.0.1');
  database = await newTestDatabase(dataDir);
  env = {
    DATABASE_URL: database.url,
    IDP_ISSUER: idp.issuer,
    GATEHOUSE_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    GATEWAY_PORT: NO_GATEWAY_PORT,
    // The killed process's registration is reconciled once its lease expires (ADR 009).
    GATEHOUSE_REGISTRATION_LEASE_SECONDS: '2',
  };
});
afterAll(async () => {
  await api?.stop();
  await idp?.close();
  await database?.drop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const start = async (fault?: string) => (api = await startApiProcess({ dataDir, port: API_PORT, env: { ...env, ...(fault ? { GATEHOUSE_FAULT: fault } : {}) } }));
const atIdp = (clientName: string) => clientsAtIdp(join(dataDir, 'idp.db')).filter((client) => client.client_name === clientName);

/** RFC 6749 section 4.4 at the IdP: 200 with a token, or the error it answers. */
async function tokenAtIdp(clientId: string, clientSecret: string): Promise<{ status: number; error?: string }> {
  const res = await fetch(idp.endpoints.token, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
  });
  return { status: res.status, error: ((await res.json()) as { error?: string }).error };
}

/** The audit events of the restart's reconciliation, once there are `count` of them (it runs in the background). */
async function reconciledEvents(url: string, admin: string, count: number) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { data } = await gqlAt(url, '{ auditEvents(targetType: "IdpCleanup") { edges { node { action details actor { email } } } } }', {}, admin);
    const events = data!.auditEvents.edges.map((edge: any) => edge.node).filter((event: any) => event.action === 'idp_cleanup.reconciled');
    if (events.length >= count || Date.now() > deadline) return events.map((event: any) => ({ ...event, details: JSON.parse(event.details) }));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the API killed between the IdP answer and storing the client', () => {
  it('deletes the client at the IdP again on restart, or keeps it stored, and never leaves one orphaned', { timeout: 90_000 }, async () => {
    const clientName = `Crash App ${randomUUID().slice(0, 8)}`;
    const first = await start('registration-journalled:kill');
    const developer = await signInAt(first.url, 'developer');
    const { data: catalogue } = await gqlAt(first.url, '{ catalogue { id publicName } }', {}, developer);
    const apiId = catalogue!.catalogue.find((entry: any) => entry.publicName === 'Curity Demo API').id;
    const input = { catalogueEntryIds: [apiId], clientName, redirectUris: ['https://app.example/cb'], idempotencyKey: randomUUID() };

    // 1. The IdP registers the client, the portal journals the answer, and the process dies.
    await expect(gqlAt(first.url, CREATE, { input }, developer)).rejects.toThrow();
    expect((await first.exited).signal).toBe('SIGKILL');
    const [orphan] = atIdp(clientName);
    expect(orphan).toBeDefined();
    expect((await tokenAtIdp(orphan!.client_id, orphan!.client_secret!)).status).toBe(200);

    // 2. On restart the portal deletes it at the IdP (RFC 7592 section 2.3) and says so to admins.
    const second = await start('client-stored:kill');
    const admin = await signInAt(second.url, 'admin');
    const [event] = await reconciledEvents(second.url, admin, 1);
    expect(event).toMatchObject({ actor: null, details: { outcome: 'deleted_at_idp', clientId: orphan!.client_id, clientName, idpAnswer: 'deleted' } });
    expect(atIdp(clientName)).toEqual([]);
    expect(await tokenAtIdp(orphan!.client_id, orphan!.client_secret!)).toEqual({ status: 401, error: 'invalid_client' });
    const journal = (await gqlAt(second.url, CLEANUPS, {}, admin)).data!.idpCleanups.edges.map((edge: any) => edge.node.clientName);
    expect(journal).not.toContain(clientName);
    const developerAgain = await signInAt(second.url, 'developer');
    const mine = await gqlAt(second.url, '{ myOAuthClients { edges { node { clientName } } } }', {}, developerAgain);
    expect(mine.data!.myOAuthClients.edges.map((edge: any) => edge.node.clientName)).not.toContain(clientName);

    // 3. The wizard's retry (same idempotency key) registers again; this time the process dies
    //    right after storing the client, before answering: the client is stored, and the
    //    developer finds it in the portal with credentials that work.
    await expect(gqlAt(second.url, CREATE, { input }, developerAgain)).rejects.toThrow();
    expect((await second.exited).signal).toBe('SIGKILL');
    const db = createPrismaClient(database!.url);
    try {
      const stored = await db.oAuthClient.findMany({ where: { clientName }, include: { developer: true } });
      expect(stored.map((row) => [row.developer.email, row.clientId])).toEqual([[DEMO_ACCOUNTS.developer.email, atIdp(clientName)[0]?.client_id]]);
      const secret = new SecretBox(Buffer.from(env.GATEHOUSE_ENCRYPTION_KEY!, 'base64')).open(stored[0]!.clientSecretEnc!);
      expect(await tokenAtIdp(stored[0]!.clientId, secret)).toMatchObject({ status: 200 });
      expect(await db.idpCleanup.count({ where: { clientName } })).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });
});
