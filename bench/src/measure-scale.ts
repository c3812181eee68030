import { performance } from 'node:perf_hooks';
import type { BenchChild } from './child-process.ts';
import { CATALOGUE_QUERY, MY_CLIENTS_QUERY } from './portal-queries.ts';
import { percentile } from './stats.ts';

/** The list screens' queries, as the SPA sends them (apps/web/src/routes), with `first` as the page size. */
const LIST_QUERIES: { name: string; as: 'admin' | 'developer'; query: string; paged: boolean }[] = [
  {
    name: 'admin: APIs',
    as: 'admin',
    paged: true,
    query: `query ApisRoute($first: Int!) { apis(first: $first) { edges { node { id name listenPath upstreamUrl jwksUri active gatewayUrl defaultPolicy { id name } } } pageInfo { hasNextPage } } }`,
  },
  {
    name: 'admin: policies',
    as: 'admin',
    paged: true,
    query: `query PoliciesRoute($first: Int!) { policies(first: $first) { edges { node { id name apis { id name } rateLimitRequests rateLimitPeriodSeconds quotaMax quotaRenewalSeconds keyExpiresInSeconds active } } pageInfo { hasNextPage } } }`,
  },
  {
    name: 'admin: catalogue',
    as: 'admin',
    paged: true,
    query: `query AdminCatalogue($first: Int!) { catalogueEntries(first: $first) { edges { node { id publicName visible dcrEnabled policy { id name } effectiveDcr { source settings { enabled provider } } } } pageInfo { hasNextPage } } }`,
  },
  {
    name: 'admin: OAuth clients',
    as: 'admin',
    paged: true,
    query: `query AdminClientsRoute($first: Int!) { oauthClients(first: $first) { edges { cursor node { id clientName clientId provider createdAt owner { id name email } apis { id publicName } } } pageInfo { hasNextPage endCursor } } }`,
  },
  {
    name: 'admin: developers',
    as: 'admin',
    paged: true,
    query: `query DevelopersRoute($first: Int!) { developers(first: $first) { edges { node { id name email active clientCount createdAt } } pageInfo { hasNextPage } } }`,
  },
  {
    name: "admin: a developer's clients",
    as: 'admin',
    paged: true,
    query: `query DeveloperRoute($id: ID!, $first: Int!) { developer(id: $id) { id name email active createdAt clientCount clients(first: $first) { edges { node { id clientId clientName apis createdAt } } pageInfo { hasNextPage } } } }`,
  },
  {
    name: 'admin: audit log',
    as: 'admin',
    paged: true,
    query: `query AuditLog($first: Int!) { auditEvents(first: $first) { edges { node { id action targetType targetId details createdAt actor { id name email } } } pageInfo { hasNextPage } } }`,
  },
  { name: 'developer: my clients', as: 'developer', paged: true, query: MY_CLIENTS_QUERY },
  { name: 'developer: catalogue', as: 'developer', paged: true, query: CATALOGUE_QUERY },
];

export interface ScaleFigures {
  name: string;
  /** Page size, or null for the unpaged catalogue. */
  first: number | null;
  rows: number;
  p50: number;
  p95: number;
  /** SQL statements Prisma sent for one request. */
  queries: number;
  /** PostgreSQL only: queries the process sent for one request, at the driver (see processes/api.ts). */
  roundTrips: number | null;
  /** For pages of 100: the statements (and, on PostgreSQL, driver queries) of the page after the first. */
  nextPage: { queries: number; roundTrips: number | null } | null;
}

/**
 * The scale part: each list query at page sizes 10 and 100, one request at a time (the latency of the
 * query itself, not of a queue), `samples` times after a warm-up; and the SQL statements one
 * request costs, from the Prisma query events of a second API process on the same database
 * (`counter`, BENCH_COUNT_QUERIES=1), so that the timed one pays nothing for counting. Both run
 * without the answer cache, which would answer the repeated requests from memory.
 */
export async function measureScale(
  api: BenchChild,
  counter: BenchChild,
  cookies: { admin: string; developer: string },
  developerId: string,
  samples: number,
  log: (line: string) => void,
): Promise<ScaleFigures[]> {
  const figures: ScaleFigures[] = [];
  for (const list of LIST_QUERIES) {
    for (const first of list.paged ? [10, 100] : [null]) {
      const body = JSON.stringify({ query: list.query, variables: { first, id: developerId } });
      const send = async (target = api, request = body) => {
        const res = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', cookie: cookies[list.as] }, body: request });
        const json = (await res.json()) as { data?: Record<string, any>; errors?: unknown };
        if (json.errors || !json.data) throw new Error(`${list.name} failed: ${JSON.stringify(json).slice(0, 500)}`);
        return json.data;
      };
      // Counted on the second request: the first may also read what later ones find kept between
      // requests (the session, the portal settings: ADR 012), which is not what this compares.
      await send(counter);
      const before = await counter.ask<number>('queries');
      const tripsBefore = await counter.ask<number | null>('roundTrips');
      const data = await send(counter);
      const queries = (await counter.ask<number>('queries')) - before;
      const tripsAfter = await counter.ask<number | null>('roundTrips');
      const roundTrips = tripsAfter === null || tripsBefore === null ? null : tripsAfter - tripsBefore;
      const nextPage = first === 100 ? await countNextPage(list.query, lastNodeId(data), developerId, (request) => send(counter, request), counter) : null;
      for (let i = 0; i < 3; i++) await send();
      const times: number[] = [];
      for (let i = 0; i < samples; i++) {
        const startedAt = performance.now();
        await send();
        times.push(performance.now() - startedAt);
      }
      const figure = { name: list.name, first, rows: countRows(data), p50: percentile(times, 50), p95: percentile(times, 95), queries, roundTrips, nextPage };
      const trips = roundTrips === null ? '' : `, ${roundTrips} queries at the driver`;
      const next = nextPage ? `; next page ${nextPage.queries} SQL statements${nextPage.roundTrips === null ? '' : `, ${nextPage.roundTrips} at the driver`}` : '';
      log(`  ${list.name} first=${first ?? '-'}: ${figure.rows} rows, p50 ${figure.p50.toFixed(1)} ms, p95 ${figure.p95.toFixed(1)} ms, ${queries} SQL statements${trips}${next}`);
      figures.push(figure);
    }
  }
  return figures;
}

/**
 * The statements of the page after the one that ended at `afterId`: the same query with an
 * `after` cursor (the API's cursors are the base64url of the last row's id, modules/common/connection.ts).
 */
async function countNextPage(
  query: string,
  afterId: string | undefined,
  developerId: string,
  send: (body: string) => Promise<unknown>,
  counter: BenchChild,
): Promise<ScaleFigures['nextPage']> {
  if (!afterId) return null;
  const paged = query.includes('$after')
    ? query
    : query.replace('$first: Int!', '$first: Int!, $after: String').replace(/\(first: \$first\)/, '(first: $first, after: $after)');
  const body = JSON.stringify({ query: paged, variables: { first: 100, after: Buffer.from(afterId).toString('base64url'), id: developerId } });
  await send(body);
  const before = [await counter.ask<number>('queries'), await counter.ask<number | null>('roundTrips')] as const;
  await send(body);
  const after = [await counter.ask<number>('queries'), await counter.ask<number | null>('roundTrips')] as const;
  return { queries: after[0] - before[0], roundTrips: after[1] === null || before[1] === null ? null : after[1] - before[1] };
}

/** Id of the last row of the list in an answer. */
function lastNodeId(data: Record<string, any>): string | undefined {
  const top = Object.values(data)[0];
  const edges = top?.edges ?? top?.clients?.edges;
  return edges?.at(-1)?.node?.id;
}

/** Rows of the list in an answer: its edges, or the array itself. */
function countRows(data: Record<string, any>): number {
  const top = Object.values(data)[0];
  if (Array.isArray(top)) return top.length;
  if (top?.edges) return top.edges.length;
  return top?.clients?.edges?.length ?? 0;
}
