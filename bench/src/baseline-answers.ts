import { createHash } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';

type Row = Record<string, any>;

/**
 * What a baseline reads, as hand-written SQL on its database (processes/baseline.ts for SQLite,
 * processes/baseline-pg.ts for PostgreSQL). Column names are the API's; `createdAt` a Date, an
 * ISO string or epoch milliseconds.
 */
export interface BaselineQueries {
  /** The active user of an unexpired session with this token hash. */
  sessionUser(tokenHash: string, now: string): Promise<{ id: string } | undefined> | { id: string } | undefined;
  /** `enabled`, `registrationEndpoint` of the portal's global DCR settings. */
  globalDcr(): Promise<Row> | Row;
  /** Up to 101 visible entries by publicName, id, with their policy and DCR override columns. */
  catalogue(): Promise<Row[]> | Row[];
  /** Up to 101 clients of the developer, newest first. */
  clients(developerId: string): Promise<Row[]> | Row[];
  /** `clientId`, `id`, `publicName` of the catalogue entries of these clients. */
  clientApis(clientIds: string[]): Promise<Row[]> | Row[];
}

/** The first page of 100 published APIs, as `publishedApis(first: 100)` answers (cursor: base64url of the id). */
async function catalogueAnswer(queries: BaselineQueries) {
  const global = await queries.globalDcr();
  const rows = await queries.catalogue();
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

async function myClientsAnswer(queries: BaselineQueries, developerId: string) {
  const rows = await queries.clients(developerId);
  const page = rows.slice(0, 100);
  const apis = new Map<string, { id: string; publicName: string }[]>();
  for (const link of await queries.clientApis(page.map((r) => r.id))) {
    const list = apis.get(link.clientId) ?? [];
    list.push({ id: link.id, publicName: link.publicName });
    apis.set(link.clientId, list);
  }
  return {
    data: {
      myOAuthClients: {
        edges: page.map((r) => {
          const name = JSON.parse(r.metadataJson).client_name;
          const createdAt = r.createdAt instanceof Date ? r.createdAt : new Date(typeof r.createdAt === 'number' ? r.createdAt : String(r.createdAt));
          return { node: { id: r.id, clientName: typeof name === 'string' ? name : r.clientName, clientId: r.clientId, createdAt: createdAt.toISOString(), apis: apis.get(r.id) ?? [] } };
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

/**
 * The baseline of the portal throughput benchmark: plain node:http answering the same JSON as
 * the API's `publishedApis(first: 100)` (at /catalogue) and `myOAuthClients(first: 100)` (at
 * /my-clients); the benchmark checks they are equal before measuring. It checks the session
 * cookie as the API does (one indexed lookup), and does nothing else: no GraphQL parsing,
 * validation or execution, no ORM, no limits.
 */
export function createBaselineServer(queries: BaselineQueries): Server {
  const answer = async (url: string | undefined, cookie: string | undefined): Promise<[number, unknown]> => {
    const token = /(?:^|;\s*)gatehouse_session=([^;]+)/.exec(cookie ?? '')?.[1];
    const user = token ? await queries.sessionUser(createHash('sha256').update(token).digest('hex'), new Date().toISOString()) : undefined;
    if (!user) return [401, { errors: [{ message: 'Sign in first.' }] }];
    if (url === '/catalogue') return [200, await catalogueAnswer(queries)];
    if (url === '/my-clients') return [200, await myClientsAnswer(queries, user.id)];
    return [404, { errors: [{ message: 'not found' }] }];
  };
  return createServer((req, res) => {
    // The body is read and dropped, as the API reads it (it is the same GraphQL request).
    req.resume();
    req.on('end', () => {
      answer(req.url, req.headers.cookie).then(
        ([status, body]) => send(res, status, body),
        (error: unknown) => send(res, 500, { errors: [{ message: String(error) }] }),
      );
    });
  });
}
