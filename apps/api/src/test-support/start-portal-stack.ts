import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@gatehouse/config';
import { applyMigrations, createPrismaClient, type PrismaClient } from '@gatehouse/db';
import { createGateway, flushUsageToRedis, watchPortalDatabase, watchPortalPostgres, type Gateway, type PortalSource, type UsageFlusher } from '@gatehouse/gateway';
import { createIdp, type Idp } from '@gatehouse/idp';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { hashPassword } from '../modules/auth/password.ts';
import { loadDemoData } from '../seed/load-demo-data.ts';
import { createApiServer, type ApiServer } from '../server/create-api-server.ts';
import { newTestDatabase, onPostgresql } from './test-database.ts';

export const USAGE_TOKEN = 'usage-token-for-tests-0123456789';

type GqlResult = { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };

/**
 * The portal API, the real gateway and the real embedded IdP on one migrated database (the
 * gateway reads the SQLite file, or PostgreSQL with LISTEN as deployed beyond one machine), with
 * the demo data loaded and an upstream the test supplies (the demo API `/curity-api/` points at it):
 * for tests of what crosses the gateway (try-it calls, usage counters).
 */
export interface PortalStack {
  dataDir: string;
  db: PrismaClient;
  api: ApiServer;
  gateway: Gateway;
  /** Makes the gateway read the database now rather than at its next tick or notice. */
  refreshGateway(): Promise<void>;
  idp: Idp;
  gatewayUrl: string;
  graphqlUrl: string;
  gql(query: string, variables: Record<string, unknown>, cookie: string): Promise<GqlResult>;
  signIn(email: string, password: string): Promise<string>;
  /** Creates a developer account and signs it in. */
  newDeveloper(email: string): Promise<string>;
  /** Registers a client for the first catalogue entry, as the signed-in developer. */
  createClient(cookie: string, clientName?: string): Promise<{ id: string; clientId: string; clientSecret: string }>;
  /** A client-credentials token from the IdP's token endpoint; the gateway is polled so it knows the client. */
  tokenFor(client: { clientId: string; clientSecret: string }): Promise<string>;
  /** With `sharedUsage`: a second gateway on the same portal data, behind the same load balancer. */
  gatewayB?: { gateway: Gateway; url: string };
  /** With `sharedUsage`: both gateways' usage flushes now, as their one-second timer would. */
  flushUsage(): Promise<void>;
  close(): Promise<void>;
}

export interface PortalStackOptions {
  upstream: RequestListener;
  /**
   * Two gateways that flush their usage into this Redis (REDIS_URL) under the key prefix, which
   * the API then reads: as deployed with several gateways (docs/deploy.md).
   */
  sharedUsage?: { redisUrl: string; keyPrefix: string };
}

/** Listens on a free port of 127.0.0.1 and returns the port. */
export const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};

export async function startPortalStack(options: PortalStackOptions): Promise<PortalStack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'gatehouse-stack-'));
  const upstream = createServer(options.upstream);
  const upstreamPort = await listen(upstream);
  const database = await newTestDatabase(dataDir);
  await applyMigrations(database.url);
  const { source, refreshGateway, closeSource } = await watchPortal(database.url, dataDir);
  const gateway = createGateway({ source, usageEndpoint: { token: USAGE_TOKEN } });
  const gatewayUrl = `http://127.0.0.1:${await listen(gateway.server)}`;
  const shared = options.sharedUsage && (await startSecondGateway(source, gateway, options.sharedUsage));
  const idp = await createIdp({ issuer: 'http://127.0.0.1:0/oauth/v2/oauth-anonymous', dbPath: join(dataDir, 'idp.db'), audience: gatewayUrl, substituteResponseTypes: true });
  await idp.listen(0, '127.0.0.1');

  const config = loadConfig({
    GATEHOUSE_DATA_DIR: dataDir,
    DATABASE_URL: database.url,
    IDP_ISSUER: idp.issuer,
    ECHO_PORT: String(upstreamPort),
    GATEWAY_PUBLIC_URL: gatewayUrl,
    GATEWAY_INTERNAL_URL: gatewayUrl,
    GATEWAY_USAGE_TOKEN: USAGE_TOKEN,
    LOG_LEVEL: 'silent',
    ...(options.sharedUsage && { REDIS_URL: options.sharedUsage.redisUrl }),
  });
  const db = createPrismaClient(config.databaseUrl);
  const api = await createApiServer({
    db, config, encryptionKey: randomBytes(32), logger: pino({ level: 'silent' }),
    ...(options.sharedUsage && { usageKeyPrefix: options.sharedUsage.keyPrefix }),
  });
  await loadDemoData(db, config, api.services.secrets);
  const graphqlUrl = `http://127.0.0.1:${await listen(api.server)}/graphql`;

  const gql: PortalStack['gql'] = async (query, variables, cookie) => {
    const res = await fetch(graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
    return (await res.json()) as GqlResult;
  };
  const signIn: PortalStack['signIn'] = async (email, password) => {
    const res = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }', variables: { input: { email, password } } }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (!setCookie) throw new Error(`sign-in as ${email} failed: ${await res.text()}`);
    return setCookie.split(';')[0]!;
  };

  return {
    dataDir,
    db,
    api,
    gateway,
    refreshGateway,
    idp,
    gatewayUrl,
    graphqlUrl,
    gql,
    signIn,
    async newDeveloper(email) {
      await db.user.create({ data: { email, name: email, role: 'DEVELOPER', passwordHash: await hashPassword('developer-password-1') } });
      return signIn(email, 'developer-password-1');
    },
    async createClient(cookie, clientName = 'Test app') {
      const { data } = await gql(`{ catalogue { id } }`, {}, cookie);
      const { data: created } = await gql(
        `mutation($input: CreateOAuthClientInput!) { createOAuthClient(input: $input) { __typename ... on CreateOAuthClientSuccess { client { id clientId clientSecret } } } }`,
        { input: { catalogueEntryIds: [data.catalogue[0].id], clientName, redirectUris: ['https://app.example/cb'], idempotencyKey: randomUUID() } },
        cookie,
      );
      return created.createOAuthClient.client;
    },
    async tokenFor(client) {
      const res = await fetch(idp.endpoints.token, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret }),
      });
      const { access_token: token } = (await res.json()) as { access_token: string };
      await refreshGateway();
      return token;
    },
    ...(shared && { gatewayB: shared.gatewayB }),
    async flushUsage() {
      await Promise.all(shared?.flushers.map((f) => f.flush()) ?? []);
    },
    async close() {
      upstream.closeAllConnections();
      gateway.server.closeAllConnections();
      await shared?.close();
      await gateway.close();
      await closeSource();
      await api.services.usageCollector.stop();
      await api.close();
      await db.$disconnect();
      await database.drop();
      await idp.close();
      await new Promise((resolve) => upstream.close(resolve));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The gateway's portal source for the test database: the SQLite file, or PostgreSQL over the network. */
async function watchPortal(databaseUrl: string, dataDir: string): Promise<{ source: PortalSource; refreshGateway(): Promise<void>; closeSource(): Promise<void> }> {
  if (onPostgresql) {
    const source = watchPortalPostgres({ connectionString: databaseUrl });
    await source.start();
    return { source, refreshGateway: () => source.refresh(), closeSource: () => source.close() };
  }
  const source = watchPortalDatabase({ databasePath: join(dataDir, 'gatehouse.db') });
  source.start();
  return { source, refreshGateway: async () => source.poll(), closeSource: async () => source.close() };
}

/** A second gateway on the same portal source, and a usage flusher for each, on connections of their own. */
async function startSecondGateway(source: PortalSource, gatewayA: Gateway, { redisUrl, keyPrefix }: { redisUrl: string; keyPrefix: string }) {
  const gateway = createGateway({ source, usageEndpoint: { token: USAGE_TOKEN } });
  const url = `http://127.0.0.1:${await listen(gateway.server)}`;
  const connections = [new Redis(redisUrl), new Redis(redisUrl)];
  // A long interval: tests flush when they want, as the one-second timer would.
  const flushers: UsageFlusher[] = [gatewayA, gateway].map((g, i) =>
    flushUsageToRedis({ minuteUsage: g.minuteUsage, usage: g.usage, redis: connections[i]!, keyPrefix, intervalMs: 3_600_000 }),
  );
  return {
    gatewayB: { gateway, url },
    flushers,
    async close() {
      await Promise.all(flushers.map((f) => f.stop()));
      for (const redis of connections) redis.disconnect();
      gateway.server.closeAllConnections();
      await gateway.close();
    },
  };
}
