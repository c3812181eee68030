/**
 * The PostgreSQL baseline of the portal throughput benchmark (baseline-answers.ts): pg on the
 * API's database (BENCH_DATABASE_URL), the same queries as the SQLite baseline in PostgreSQL's
 * dialect, sent as plain parameterized queries through a pool of 10 connections (pg's default,
 * and the pool size @prisma/adapter-pg gives the API).
 */
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { createBaselineServer } from '../baseline-answers.ts';
import { serveChild } from '../child-process.ts';

// `timestamp(3)` columns hold UTC, as Prisma writes them; pg would read them as local time.
pg.types.setTypeParser(pg.types.builtins.TIMESTAMP, (text) => new Date(`${text.replace(' ', 'T')}Z`));
const pool = new pg.Pool({ connectionString: process.env.BENCH_DATABASE_URL!, max: 10 });
const rows = async (text: string, values: unknown[] = []) => (await pool.query(text, values)).rows;

const server = createBaselineServer({
  sessionUser: async (tokenHash, now) =>
    (await rows(`SELECT u."id" FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE s."tokenHash" = $1 AND s."expiresAt" > $2 AND u."active"`, [tokenHash, now]))[0] as
      | { id: string }
      | undefined,
  globalDcr: async () =>
    (await rows(`SELECT d."enabled", d."registrationEndpoint" FROM "PortalSettings" p JOIN "DcrSettings" d ON d."id" = p."globalDcrId" WHERE p."id" = 1`))[0]!,
  catalogue: () =>
    rows(
      `SELECT e."id", e."publicName", e."description", e."overrideGlobalDcr", o."id" AS "overrideId", o."enabled" AS "overrideEnabled", o."registrationEndpoint" AS "overrideEndpoint",
              p."id" AS "policyId", p."name" AS "policyName", p."rateLimitRequests", p."rateLimitPeriodSeconds", p."quotaMax", p."quotaRenewalSeconds", p."keyExpiresInSeconds"
         FROM "CatalogueEntry" e JOIN "Policy" p ON p."id" = e."policyId" LEFT JOIN "DcrSettings" o ON o."id" = e."dcrOverrideId"
        WHERE e."visible" ORDER BY e."publicName" ASC, e."id" ASC LIMIT 101`,
    ),
  clients: (developerId) =>
    rows(`SELECT "id", "clientName", "clientId", "createdAt", "metadataJson" FROM "OAuthClient" WHERE "developerId" = $1 ORDER BY "createdAt" DESC, "id" DESC LIMIT 101`, [developerId]),
  clientApis: (ids) =>
    rows(`SELECT l."B" AS "clientId", e."id", e."publicName" FROM "_CatalogueEntryToOAuthClient" l JOIN "CatalogueEntry" e ON e."id" = l."A" WHERE l."B" = ANY($1)`, [ids]),
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
serveChild(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, {});
