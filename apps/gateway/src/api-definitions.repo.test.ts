import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPrismaClient, type PrismaClient } from '@gatehouse/db';
import { applyMigrations } from '@gatehouse/db/migrate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApiDefinitionsRepo } from './api-definitions.repo.ts';
import { createPollingApiDefinitionSource } from './polling-api-definition-source.ts';

// A real SQLite file, migrated from prisma/migrations, per test file (STYLE.md "Tests").
const dir = mkdtempSync(join(tmpdir(), 'gatehouse-gateway-'));
const databaseUrl = `file:${join(dir, 'gatehouse.db')}`;
let prisma: PrismaClient;

beforeAll(async () => {
  await applyMigrations(databaseUrl);
  prisma = createPrismaClient(databaseUrl);
});
afterAll(async () => {
  await prisma.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe('the DB-backed API definitions', () => {
  it('lists active APIs only, with the fields the gateway routes and verifies by', async () => {
    await prisma.api.create({
      data: {
        name: 'Curity API',
        listenPath: '/curity-api/',
        upstreamUrl: 'http://127.0.0.1:4200/anything',
        jwksUri: 'http://127.0.0.1:4100/oauth/v2/oauth-anonymous/jwks',
        issuer: 'http://127.0.0.1:4100/oauth/v2/oauth-anonymous',
        audience: 'http://127.0.0.1:8080',
      },
    });
    await prisma.api.create({
      data: { name: 'Retired', listenPath: '/retired/', upstreamUrl: 'http://127.0.0.1:4200', jwksUri: 'http://127.0.0.1:4100/jwks', active: false },
    });

    const definitions = await createApiDefinitionsRepo(prisma).listActive();
    expect(definitions).toEqual([
      {
        id: expect.any(String),
        name: 'Curity API',
        listenPath: '/curity-api/',
        upstreamUrl: 'http://127.0.0.1:4200/anything',
        jwksUri: 'http://127.0.0.1:4100/oauth/v2/oauth-anonymous/jwks',
        issuer: 'http://127.0.0.1:4100/oauth/v2/oauth-anonymous',
        audience: 'http://127.0.0.1:8080',
        identitySource: 'client_id',
      },
    ]);
  });

  it('feeds the polling source, which picks up an admin edit without a restart', async () => {
    const repo = createApiDefinitionsRepo(prisma);
    const source = createPollingApiDefinitionSource({ load: repo.listActive, intervalMs: 20 });
    await source.start();
    try {
      expect(source.current().match('/curity-api/get')?.upstreamBasePath).toBe('/anything');

      await prisma.api.update({ where: { name: 'Curity API' }, data: { upstreamUrl: 'http://127.0.0.1:4200/moved' } });
      await prisma.api.update({ where: { name: 'Retired' }, data: { active: true } });
      await vi.waitFor(
        () => {
          expect(source.current().match('/curity-api/get')?.upstreamBasePath).toBe('/moved');
          expect(source.current().match('/retired/x')?.definition.name).toBe('Retired');
        },
        { timeout: 2000, interval: 20 },
      );
    } finally {
      source.close();
    }
  });
});
