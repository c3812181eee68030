import { randomUUID } from 'node:crypto';
import { createEchoServer } from '@gatehouse/echo';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createGateway, type Gateway } from '../create-gateway.ts';
import type { GatewayLogger } from '../gateway-logger.ts';
import { expectInvalidToken } from '../test-support/expect-replies.ts';
import { listen, stop } from '../test-support/listen.ts';
import { createMigratedTestDatabase, postgresAvailableForTests } from '../test-support/postgres-for-tests.ts';
import { send } from '../test-support/send.ts';
import { TestIssuer } from '../test-support/test-issuer.ts';
import { watchPortalPostgres, type PortalPostgresSource } from '../watch-portal-postgres.ts';

// A gateway that reads the portal from a real, migrated PostgreSQL database and LISTENs for its
// change notices; the portal's writes are plain SQL on another connection, as the API's would be.
const postgresUp = await postgresAvailableForTests('the PostgreSQL portal source tests');

const echo = createEchoServer();
let issuer: TestIssuer;
let database: Awaited<ReturnType<typeof createMigratedTestDatabase>>;
let portal: pg.Client;
let source: PortalPostgresSource;
let gateway: Gateway;
let gatewayUrl = '';
let echoUrl = '';
const warnings: string[] = [];
const infos: string[] = [];
const logger: GatewayLogger = { debug: () => {}, info: (_d, m) => infos.push(m), warn: (_d, m) => warnings.push(m), error: () => {} };

beforeAll(async () => {
  if (!postgresUp) return;
  issuer = await TestIssuer.start();
  echoUrl = await listen(echo);
  database = await createMigratedTestDatabase();
  portal = new pg.Client({ connectionString: database.url });
  await portal.connect();
  await portal.query(`INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES ('dev', 'dev@gatehouse.test', 'Dev', 'DEVELOPER', 'x', now())`);
  await portal.query(`INSERT INTO "Policy" (id, name, "updatedAt") VALUES ('policy', 'Standard', now())`);
  await portal.query(`INSERT INTO "CatalogueEntry" (id, "publicName", "policyId", "updatedAt") VALUES ('entry', 'Echo', 'policy', now())`);
  await createApi('echo');
  await createClient('client-kept');
  // A short first wait keeps the outage test quick; the backoff doubles from here.
  source = watchPortalPostgres({ connectionString: database.url, logger, minReconnectMs: 300 });
  await source.start();
  gateway = createGateway({ source, logger });
  gatewayUrl = await listen(gateway.server);
});
afterAll(async () => {
  await gateway?.close();
  await source?.close();
  await portal?.end();
  await database?.drop();
  await issuer?.stop();
  await stop(echo);
});

async function createApi(name: string): Promise<void> {
  await portal.query(
    `INSERT INTO "Api" (id, name, "listenPath", "upstreamUrl", "jwksUri", "updatedAt") VALUES ($1, $1, $2, $3, $4, now())`,
    [name, `/${name}/`, `${echoUrl}/anything`, issuer.jwksUri],
  );
  await portal.query(`INSERT INTO "_PolicyGrants" ("A", "B") VALUES ($1, 'policy')`, [name]);
}

/** A portal client for the catalogue entry, in one transaction as the API stores it; returns a token for it. */
async function createClient(clientId: string): Promise<string> {
  const id = randomUUID();
  await portal.query('BEGIN');
  await portal.query(
    `INSERT INTO "OAuthClient" (id, "developerId", "clientId", "registrationEndpoint", provider, "clientName", "metadataJson", "idempotencyKey", "updatedAt")
     VALUES ($1, 'dev', $2, 'https://idp.test/register', 'OTHER', $2, '{}', $1, now())`,
    [id, clientId],
  );
  await portal.query(`INSERT INTO "_CatalogueEntryToOAuthClient" ("A", "B") VALUES ('entry', $1)`, [id]);
  await portal.query('COMMIT');
  return issuer.token({ client_id: clientId });
}

const get = async (path: string, clientId: string) => send(`${gatewayUrl}${path}`, { headers: { authorization: `Bearer ${await issuer.token({ client_id: clientId })}` } });
const health = async () => (await send(`${gatewayUrl}/healthz`)).json;

/** Waits up to 1 s (the promise to admins) for `check` to pass. */
const withinOneSecond = (check: () => Promise<void>) => vi.waitFor(check, { timeout: 1000, interval: 20 });

describe.skipIf(!postgresUp)('portal data from PostgreSQL', () => {
  it('routes and authorises from the database, and says the snapshot is current', async () => {
    expect((await get('/echo/', 'client-kept')).status).toBe(200);
    expect(await health()).toEqual({ status: 'ok', apis: 1, portal: { source: 'postgresql', stale: false } });
  });

  it('applies a new client, a changed policy, a new API and a deleted client within 1 s', async () => {
    await createClient('client-new');
    await withinOneSecond(async () => expect((await get('/echo/', 'client-new')).status).toBe(200));

    await portal.query(`UPDATE "Policy" SET "rateLimitRequests" = 50, "rateLimitPeriodSeconds" = 60, "updatedAt" = now() WHERE id = 'policy'`);
    await withinOneSecond(async () => expect((await get('/echo/', 'client-new')).headers['x-ratelimit-limit']).toBe('50'));
    await portal.query(`UPDATE "Policy" SET "limitsWhenRedisDown" = 'REFUSE', "updatedAt" = now() WHERE id = 'policy'`);
    await withinOneSecond(async () => {
      const rules = [...source.current().policiesByEntryKey.values()].flatMap((byApi) => [...byApi.values()]);
      expect(rules.find((rule) => rule.id === 'policy')?.limitsWhenRedisDown).toBe('REFUSE');
    });

    await createApi('fresh');
    await withinOneSecond(async () => expect((await get('/fresh/', 'client-new')).status).toBe(200));

    await portal.query(`DELETE FROM "OAuthClient" WHERE "clientId" = 'client-new'`);
    await withinOneSecond(async () => expect((await get('/echo/', 'client-new')).status).toBe(401));
    expectInvalidToken(await get('/echo/', 'client-new'), 'The access token belongs to no client registered in the portal (looked at client_id, azp or cid)');
  });

  it('keeps serving the last snapshot when its connection is killed, says so, and catches up once reconnected', async () => {
    const killed = await portal.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'gatehouse-gateway'`);
    expect(killed.rowCount).toBe(1);
    await withinOneSecond(async () => expect(await health()).toMatchObject({ status: 'degraded', portal: { source: 'postgresql', stale: true } }));
    expect(warnings).toContain('lost the portal database (PostgreSQL); serving the last snapshot until it is back');
    expect((await get('/echo/', 'client-kept')).status).toBe(200);

    // Written while the gateway was not listening: its notice is lost, the reload after reconnecting finds it.
    await portal.query(`DELETE FROM "OAuthClient" WHERE "clientId" = 'client-kept'`);
    await vi.waitFor(async () => expect(await health()).toMatchObject({ status: 'ok', portal: { stale: false } }), { timeout: 5000, interval: 50 });
    expect((await get('/echo/', 'client-kept')).status).toBe(401);
    expect(infos).toContain('portal database (PostgreSQL) connected; snapshot up to date');
  });
});
