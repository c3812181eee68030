import { loadConfig } from '@gatehouse/config';
import { applyMigrations, createPrismaClient, type PrismaClient } from '@gatehouse/db';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { SESSION_COOKIE, SESSION_TTL_MS } from '../modules/auth/session-cookie.ts';
import { hashSessionToken, newSessionToken } from '../modules/auth/session-token.ts';
import { DEMO_ACCOUNTS } from '../seed/demo-accounts.ts';
import { loadDemoData } from '../seed/load-demo-data.ts';
import { createApiServer, type ApiServer } from '../server/create-api-server.ts';
import type { GqlResult } from './api-harness.ts';
import { newTestDatabase } from './test-database.ts';

/**
 * The API on a migrated database of its own (test-database.ts) with the demo data, whose Prisma client counts the SQL
 * statements it sends (Prisma's query events), so a test can see how many queries one GraphQL
 * request costs. No IdP: list queries never call it. Without the answer cache (ADR 012), which
 * would answer a repeated query from memory: the statements counted are the query's own.
 */
export interface QueryCountingApi {
  db: PrismaClient;
  api: ApiServer;
  /** Runs the query and returns its result with the number of SQL statements it caused. */
  countQueries<T = Record<string, any>>(query: string, variables: Record<string, unknown>, cookie: string): Promise<{ result: GqlResult<T>; queries: number }>;
  /** A session cookie of the demo account, made in the database (sign-in is not under test here). */
  sessionOf(who: keyof typeof DEMO_ACCOUNTS): Promise<string>;
  close(): Promise<void>;
}

export async function startQueryCountingApi(): Promise<QueryCountingApi> {
  const dataDir = await mkdtemp(join(tmpdir(), 'gatehouse-queries-'));
  const database = await newTestDatabase(dataDir);
  const config = loadConfig({ GATEHOUSE_DATA_DIR: dataDir, DATABASE_URL: database.url, LOG_LEVEL: 'silent' });
  await applyMigrations(config.databaseUrl);
  let queries = 0;
  const db = createPrismaClient(config.databaseUrl, { onQuery: () => void queries++ });
  const api = await createApiServer({ db, config, encryptionKey: randomBytes(32), logger: pino({ level: 'silent' }), answerCache: false });
  await loadDemoData(db, config, api.services.secrets);
  await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}/graphql`;

  const post = (body: unknown, cookie: string) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });

  return {
    db,
    api,
    async countQueries(query, variables, cookie) {
      // Requests run one at a time here, so every statement counted between the two reads is this request's.
      const before = queries;
      const result = (await (await post({ query, variables }, cookie)).json()) as GqlResult<any>;
      return { result, queries: queries - before };
    },
    async sessionOf(who) {
      const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS[who].email } });
      const token = newSessionToken();
      await db.session.create({ data: { tokenHash: hashSessionToken(token), userId: user.id, expiresAt: new Date(Date.now() + SESSION_TTL_MS) } });
      return `${SESSION_COOKIE}=${token}`;
    },
    async close() {
      await api.close();
      await db.$disconnect();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
