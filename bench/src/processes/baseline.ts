/**
 * The SQLite baseline of the portal throughput benchmark (baseline-answers.ts): better-sqlite3 on
 * the API's SQLite file (BENCH_DATABASE_URL), prepared statements, one connection.
 */
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { createBaselineServer } from '../baseline-answers.ts';
import { serveChild } from '../child-process.ts';

const db = new Database(process.env.BENCH_DATABASE_URL!.replace(/^file:/, ''), { readonly: true });
const session = db.prepare(
  `SELECT u.id FROM "Session" s JOIN "User" u ON u.id = s.userId WHERE s.tokenHash = ? AND s.expiresAt > ? AND u.active = 1`,
);
const globalDcr = db.prepare(`SELECT d.enabled, d.registrationEndpoint FROM "PortalSettings" p JOIN "DcrSettings" d ON d.id = p.globalDcrId WHERE p.id = 1`);
const catalogue = db.prepare(
  `SELECT e.id, e.publicName, e.description, e.overrideGlobalDcr, o.id AS overrideId, o.enabled AS overrideEnabled, o.registrationEndpoint AS overrideEndpoint,
          p.id AS policyId, p.name AS policyName, p.rateLimitRequests, p.rateLimitPeriodSeconds, p.quotaMax, p.quotaRenewalSeconds, p.keyExpiresInSeconds
     FROM "CatalogueEntry" e JOIN "Policy" p ON p.id = e.policyId LEFT JOIN "DcrSettings" o ON o.id = e.dcrOverrideId
    WHERE e.visible = 1 ORDER BY e.publicName ASC, e.id ASC LIMIT 101`,
);
const clients = db.prepare(
  `SELECT id, clientName, clientId, createdAt, metadataJson FROM "OAuthClient" WHERE developerId = ? ORDER BY createdAt DESC, id DESC LIMIT 101`,
);
const clientApis = db.prepare(
  `SELECT l.B AS clientId, e.id, e.publicName FROM "_CatalogueEntryToOAuthClient" l JOIN "CatalogueEntry" e ON e.id = l.A
    WHERE l.B IN (SELECT value FROM json_each(?))`,
);

type Row = Record<string, any>;
const server = createBaselineServer({
  sessionUser: (tokenHash, now) => session.get(tokenHash, now) as { id: string } | undefined,
  globalDcr: () => globalDcr.get() as Row,
  catalogue: () => catalogue.all() as Row[],
  clients: (developerId) => clients.all(developerId) as Row[],
  clientApis: (ids) => clientApis.all(JSON.stringify(ids)) as Row[],
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
serveChild(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, {});
