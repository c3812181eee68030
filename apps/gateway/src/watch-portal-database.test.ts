import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPrismaClient, type PrismaClient } from '@gatehouse/db';
import { applyMigrations } from '@gatehouse/db/migrate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatewayLogger } from './gateway-logger.ts';
import { watchPortalDatabase, type PortalDatabaseSource } from './watch-portal-database.ts';

// A real SQLite file migrated from prisma/migrations (STYLE.md "Tests"), written by Prisma on its
// own connection, as the API writes it.
const dir = mkdtempSync(join(tmpdir(), 'gatehouse-gateway-watch-'));
const databasePath = join(dir, 'gatehouse.db');
const warnings: string[] = [];
const logger: GatewayLogger = { debug: () => {}, info: () => {}, error: () => {}, warn: (_details, message) => warnings.push(message) };

let prisma: PrismaClient;
let source: PortalDatabaseSource;

beforeAll(() => {
  // Started before the database exists, as when the gateway comes up before the API migrated.
  source = watchPortalDatabase({ databasePath, pollIntervalMs: 60_000, logger });
  source.start();
});
afterAll(async () => {
  source.close();
  await prisma?.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe('watchPortalDatabase', () => {
  it('serves an empty snapshot while the database is missing, and warns once', () => {
    source.poll();
    source.poll();
    expect(source.current().apis.size).toBe(0);
    expect(warnings).toEqual(['cannot read the portal database; keeping the last snapshot']);
  });

  it('reads active APIs, policies, grants and clients with their catalogue entries once the database is there', async () => {
    await applyMigrations(`file:${databasePath}`);
    prisma = createPrismaClient(`file:${databasePath}`);
    const gold = await prisma.policy.create({ data: { name: 'Gold', rateLimitRequests: 10, rateLimitPeriodSeconds: 1, keyExpiresInSeconds: 60 } });
    const silver = await prisma.policy.create({ data: { name: 'Silver', active: false, limitsWhenRedisDown: 'REFUSE' } });
    const api = await prisma.api.create({
      data: {
        name: 'curity-api', listenPath: '/curity-api/', upstreamUrl: 'http://127.0.0.1:4200/anything', jwksUri: 'http://127.0.0.1:4100/jwks',
        issuer: 'http://127.0.0.1:4100', audience: 'http://127.0.0.1:8080', defaultPolicyId: silver.id,
        grantedBy: { connect: [{ id: gold.id }, { id: silver.id }] },
      },
    });
    await prisma.api.create({ data: { name: 'retired', listenPath: '/retired/', upstreamUrl: 'http://127.0.0.1:4200', jwksUri: 'http://127.0.0.1:4100/jwks', active: false } });
    const older = await prisma.catalogueEntry.create({ data: { publicName: 'Older', policyId: silver.id, createdAt: new Date('2030-01-01T00:00:00Z') } });
    const newer = await prisma.catalogueEntry.create({ data: { publicName: 'Newer', policyId: gold.id, createdAt: new Date('2030-02-01T00:00:00Z') } });
    const developer = await prisma.user.create({ data: { email: 'dev@gatehouse.test', name: 'Dev', role: 'DEVELOPER', passwordHash: 'x' } });
    const created = await prisma.oAuthClient.create({
      data: {
        developerId: developer.id, clientId: 'client-abc', registrationEndpoint: 'http://127.0.0.1:4100/reg', provider: 'OTHER', clientName: 'App',
        metadataJson: '{}', idempotencyKey: 'k1', createdAt: new Date('2030-03-01T00:00:00.250Z'),
        catalogueEntries: { connect: [{ id: newer.id }, { id: older.id }] },
      },
    });

    source.poll();
    const snapshot = source.current();
    expect(snapshot.apis.routes.map((r) => r.definition)).toEqual([
      {
        id: api.id, name: 'curity-api', listenPath: '/curity-api/', upstreamUrl: 'http://127.0.0.1:4200/anything', jwksUri: 'http://127.0.0.1:4100/jwks',
        issuer: 'http://127.0.0.1:4100', audience: 'http://127.0.0.1:8080', identitySource: 'client_id azp cid', defaultPolicyId: silver.id,
      },
    ]);
    const client = snapshot.clientsByClientId.get('client-abc')!;
    expect(client).toMatchObject({ id: created.id, createdAtMs: Date.parse('2030-03-01T00:00:00.250Z') });
    // The older catalogue entry's policy governs the API both entries grant.
    expect(snapshot.policiesByEntryKey.get(client!.entryKey)!.get(api.id)).toMatchObject({ name: 'Silver', active: false, limitsWhenRedisDown: 'REFUSE' });
    expect(snapshot.defaultPolicyByApiId.get(api.id)?.name).toBe('Silver');
    expect(warnings).toHaveLength(1);
  });

  it('rebuilds nothing for a commit to tables it does not use, and keeps the clients when only a policy changes', async () => {
    const before = source.current();
    await prisma.auditEvent.create({ data: { action: 'test.nothing', targetType: 'Test' } });
    source.poll();
    expect(source.current()).toBe(before);

    await prisma.policy.update({ where: { name: 'Silver' }, data: { active: true } });
    source.poll();
    const after = source.current();
    expect(after).not.toBe(before);
    expect(after.clientsById).toBe(before.clientsById);
    const client = after.clientsByClientId.get('client-abc')!;
    expect(after.policiesByEntryKey.get(client!.entryKey)!.get(after.apis.routes[0]!.definition.id)).toMatchObject({ name: 'Silver', active: true });
  });

  it("picks up a client's catalogue entries changed from either side of the relation", async () => {
    const api = await prisma.api.findUniqueOrThrow({ where: { name: 'curity-api' } });
    const gold = await prisma.policy.findUniqueOrThrow({ where: { name: 'Gold' } });
    const policyOf = (clientId: string) => {
      const snapshot = source.current();
      const client = snapshot.clientsByClientId.get(clientId)!;
      return snapshot.policiesByEntryKey.get(client!.entryKey)?.get(api.id)?.name;
    };
    const newer = await prisma.catalogueEntry.findUniqueOrThrow({ where: { publicName: 'Newer' } });
    const older = await prisma.catalogueEntry.findUniqueOrThrow({ where: { publicName: 'Older' } });

    // From the client's side, as the API edits a client's APIs.
    await prisma.oAuthClient.update({ where: { developerId_idempotencyKey: { developerId: (await prisma.user.findFirstOrThrow()).id, idempotencyKey: 'k1' } }, data: { catalogueEntries: { set: [{ id: newer.id }] } } });
    source.poll();
    expect(policyOf('client-abc')).toBe(gold.name);

    // From the catalogue entry's side.
    await prisma.catalogueEntry.update({ where: { id: older.id }, data: { clients: { connect: { developerId_idempotencyKey: { developerId: (await prisma.user.findFirstOrThrow()).id, idempotencyKey: 'k1' } } } } });
    source.poll();
    expect(policyOf('client-abc')).toBe('Silver');
  });

  it('keeps the snapshot while nothing is committed, and the routing table while only clients change', async () => {
    const before = source.current();
    source.poll();
    expect(source.current()).toBe(before);

    await prisma.oAuthClient.deleteMany({ where: { clientId: 'client-abc' } });
    source.poll();
    const after = source.current();
    expect(after).not.toBe(before);
    expect(after.clientsByClientId.has('client-abc')).toBe(false);
    expect(after.apis).toBe(before.apis);

    await prisma.api.update({ where: { name: 'curity-api' }, data: { upstreamUrl: 'http://127.0.0.1:4200/moved' } });
    source.poll();
    expect(source.current().apis).not.toBe(before.apis);
    expect(source.current().apis.match('/curity-api/x')?.upstreamBasePath).toBe('/moved');
  });
});
