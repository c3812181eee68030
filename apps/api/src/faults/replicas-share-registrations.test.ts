import { createPrismaClient, type PrismaClient } from '@gatehouse/db';
import { createIdp, type Idp } from '@gatehouse/idp';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE } from '../modules/oauth-clients/test-support/oauth-client-fixtures.ts';
import { startApiProcess, type ApiProcess } from './test-support/api-process.ts';
import { gqlAt, signInAt } from './test-support/graphql-over-http.ts';
import { clientsAtIdp } from './test-support/idp-clients.ts';

/**
 * Two API replicas on one database (ADR 009): a registration one replica is making is never
 * reconciled by the other, one of a replica killed mid-way is, once its lease expires, and a
 * create request retried at both replicas registers the client once at the IdP.
 *
 * Both replicas are real processes (src/main.ts) on one SQLite file; the embedded IdP runs here,
 * so the test sees every registration it answers. Ports: API 31002 and 31003 (31009 has no gateway).
 */
const PORTS = { a: 31002, b: 31003 };
const NO_GATEWAY_PORT = '31009';
const LEASE_SECONDS = 2;

let dataDir: string;
let idp: Idp;
let env: Record<string, string>;
let db: PrismaClient;
const replicas: ApiProcess[] = [];
/** client_name of every registration the IdP answered (RFC 7591 section 3.2.1). */
const registeredAtIdp: string[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'gatehouse-replicas-'));
  idp = await createIdp({ issuer: 'http://127.0.0.1:0/oauth/v2/oauth-anonymous', dbPath: join(dataDir, 'idp.db'), audience: `http://127.0.0.1:${NO_GATEWAY_PORT}`, substituteResponseTypes: true });
  await idp.listen(0, '127.0.0.1');
  idp.provider.on('registration_create.success', (_ctx: unknown, client: { clientName?: string }) => registeredAtIdp.push(client.clientName ?? ''));
  env = {
    IDP_ISSUER: idp.issuer,
    GATEHOUSE_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    GATEWAY_PORT: NO_GATEWAY_PORT,
    GATEHOUSE_REGISTRATION_LEASE_SECONDS: String(LEASE_SECONDS),
  };
});
afterAll(async () => {
  for (const replica of replicas) await replica.kill();
  await db?.$disconnect();
  await idp?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function startReplica(port: number, fault?: string): Promise<ApiProcess> {
  const replica = await startApiProcess({ dataDir, port, env: { ...env, ...(fault ? { GATEHOUSE_FAULT: fault } : {}) } });
  replicas.push(replica);
  db ??= createPrismaClient(`file:${join(dataDir, 'gatehouse.db')}`);
  return replica;
}

const atIdp = (clientName: string) => clientsAtIdp(join(dataDir, 'idp.db')).filter((client) => client.client_name === clientName);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

async function curityApiId(url: string, cookie: string): Promise<string> {
  const { data } = await gqlAt(url, '{ catalogue { id publicName } }', {}, cookie);
  return data!.catalogue.find((entry: any) => entry.publicName === 'Curity Demo API').id;
}

describe('two API replicas on one database', () => {
  it('never reconcile a registration the other is making, and reconcile it once that replica is killed', { timeout: 120_000 }, async () => {
    // Replica A stops for good once the IdP's answer is journalled; it stays alive, renewing its lease.
    const a = await startReplica(PORTS.a, 'registration-journalled:pause');
    const b = await startReplica(PORTS.b);
    // The session is a database row: signed in at A, the developer is signed in at B too.
    const developer = await signInAt(a.url, 'developer');
    const clientName = `Replica App ${randomUUID().slice(0, 8)}`;
    const input = { catalogueEntryIds: [await curityApiId(b.url, developer)], clientName, redirectUris: 'https://app.example/cb', idempotencyKey: randomUUID() };
    const request = new AbortController();
    const pending = fetch(a.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: developer },
      body: JSON.stringify({ query: CREATE, variables: { input } }),
      signal: request.signal,
    }).catch(() => 'aborted');

    const journalled = await until('the IdP answer in the journal', async () => (await db.idpCleanup.findFirst({ where: { clientName, clientId: { not: null } } })) ?? undefined);
    expect(atIdp(clientName)).toHaveLength(1);

    // Three lease lengths later B, which looks for interrupted registrations once per lease
    // length, has left it alone: A renewed the lease all along.
    await sleep(3 * LEASE_SECONDS * 1000);
    const underway = await db.idpCleanup.findUniqueOrThrow({ where: { id: journalled.id } });
    expect(underway).toMatchObject({ state: 'REGISTERING', leaseOwner: journalled.leaseOwner, clientId: journalled.clientId });
    expect(underway.leaseExpiresAt.getTime()).toBeGreaterThan(journalled.leaseExpiresAt.getTime());
    expect(atIdp(clientName)).toHaveLength(1);

    // A dies; once its lease expires, B deletes the client at the IdP and tells admins.
    await a.kill();
    request.abort();
    await pending;
    const admin = await signInAt(b.url, 'admin');
    const event = await until('the reconciliation at replica B', async () => {
      const { data } = await gqlAt(b.url, '{ auditEvents(targetType: "IdpCleanup") { edges { node { action details } } } }', {}, admin);
      return data!.auditEvents.edges
        .map((edge: any) => ({ action: edge.node.action, details: JSON.parse(edge.node.details) }))
        .find((e: any) => e.action === 'idp_cleanup.reconciled' && e.details.clientName === clientName);
    });
    expect(event.details).toMatchObject({ outcome: 'deleted_at_idp', clientId: journalled.clientId, idpAnswer: 'deleted' });
    expect(atIdp(clientName)).toEqual([]);
    expect(await db.idpCleanup.count({ where: { clientName } })).toBe(0);
  });

  it('register a create request sent to both at once once at the IdP, and answer both with that client', { timeout: 120_000 }, async () => {
    const a = await startReplica(PORTS.a);
    const b = replicas.find((replica) => replica.url.includes(String(PORTS.b)))!;
    const developer = await signInAt(a.url, 'developer');
    const apiId = await curityApiId(a.url, developer);
    const names = Array.from({ length: 5 }, (_, i) => `Twice App ${i} ${randomUUID().slice(0, 8)}`);

    // The same request (same idempotency key) reaches both replicas at once, as retries behind a
    // load balancer do; five times, to give the race every chance.
    const answers = await Promise.all(
      names.map(async (clientName) => {
        const input = { catalogueEntryIds: [apiId], clientName, redirectUris: 'https://app.example/cb', idempotencyKey: randomUUID() };
        return Promise.all([a, b].map((replica) => gqlAt(replica.url, CREATE, { input }, developer)));
      }),
    );

    for (const [i, clientName] of names.entries()) {
      const [atA, atB] = answers[i]!.map((answer) => answer.data?.createOAuthClient);
      expect(atA).toMatchObject({ __typename: 'CreateOAuthClientSuccess', client: { clientName } });
      expect(atB!.client.clientId).toBe(atA!.client.clientId);
      expect(registeredAtIdp.filter((name) => name === clientName)).toHaveLength(1);
      expect(atIdp(clientName).map((client) => client.client_id)).toEqual([atA!.client.clientId]);
      expect(await db.oAuthClient.count({ where: { clientName } })).toBe(1);
      expect(await db.idpCleanup.count({ where: { clientName } })).toBe(0);
    }
  });
});
