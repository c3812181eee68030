/**
 * The baseline of the throughput benchmark (issue 7): plain node:http and better-sqlite3 on the
 * same SQLite file, answering the same JSON as the API's `publishedApis(first: 100)` and `myOAuthClients(first: 100)`
 * (the benchmark checks they are equal before measuring). It checks the session cookie as the
 * API does (one indexed lookup), and does nothing else: no GraphQL parsing, validation or
 * execution, no ORM, no limits. Prepared statements, one connection.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { serveChild } from '../child-process.ts';

const db = new Database(process.env.BENCH_DATABASE_PATH!, { readonly: true });
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

/** The first page of 100 published APIs, as `publishedApis(first: 100)` answers (cursor: base64url of the id). */
function catalogueAnswer() {
  const global = globalDcr.get() as Row;
  const rows = catalogue.all() as Row[];
  const edges = rows.slice(0, 100).map((e) => {
    const dcr = e.overrideGlobalDcr && e.overrideId ? { enabled: e.overrideEnabled, endpoint: e.overrideEndpoint } : { enabled: global.enabled, endpoint: global.registrationEndpoint };
    return {
      cursor: Buffer.from(e.id).toString('base64url'),
      node: {
        id: e.id,
        publicName: e.publicName,
        description: e.description,
        dcrEnabled: Boolean(dcr.enabled) && Boolean(dcr.endpoint),
        policy: {
          id: e.policyId,
          name: e.policyName,
          rateLimitRequests: e.rateLimitRequests,
          rateLimitPeriodSeconds: e.rateLimitPeriodSeconds,
          quotaMax: e.quotaMax,
          quotaRenewalSeconds: e.quotaRenewalSeconds,
          keyExpiresInSeconds: e.keyExpiresInSeconds,
        },
      },
    };
  });
  return { data: { publishedApis: { edges, pageInfo: { hasNextPage: rows.length > 100, endCursor: edges.at(-1)?.cursor ?? null } } } };
}

function myClientsAnswer(developerId: string) {
  const rows = clients.all(developerId) as Row[];
  const page = rows.slice(0, 100);
  const apis = new Map<string, { id: string; publicName: string }[]>();
  for (const link of clientApis.all(JSON.stringify(page.map((r) => r.id))) as Row[]) {
    const list = apis.get(link.clientId) ?? [];
    list.push({ id: link.id, publicName: link.publicName });
    apis.set(link.clientId, list);
  }
  return {
    data: {
      myOAuthClients: {
        edges: page.map((r) => {
          const name = JSON.parse(r.metadataJson).client_name;
          return {
            node: {
              id: r.id,
              clientName: typeof name === 'string' ? name : r.clientName,
              clientId: r.clientId,
              createdAt: new Date(typeof r.createdAt === 'number' ? r.createdAt : String(r.createdAt)).toISOString(),
              apis: apis.get(r.id) ?? [],
            },
          };
        }),
        pageInfo: { hasNextPage: rows.length > 100 },
      },
    },
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

const server = createServer((req, res) => {
  // The body is read and dropped, as the API reads it (it is the same GraphQL request).
  req.resume();
  req.on('end', () => {
    const token = /(?:^|;\s*)gatehouse_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    const user = token ? (session.get(createHash('sha256').update(token).digest('hex'), new Date().toISOString()) as Row | undefined) : undefined;
    if (!user) return send(res, 401, { errors: [{ message: 'Sign in first.' }] });
    if (req.url === '/catalogue') return send(res, 200, catalogueAnswer());
    if (req.url === '/my-clients') return send(res, 200, myClientsAnswer(user.id));
    send(res, 404, { errors: [{ message: 'not found' }] });
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
serveChild(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, {});
