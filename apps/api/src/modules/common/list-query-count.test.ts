import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startQueryCountingApi, type QueryCountingApi } from '../../test-support/query-counting-api.ts';

/**
 * Issue 7 ("Speed and scale"): the SQL statements one list query costs must not grow with its
 * page size, or a page of 100 rows runs 100 extra queries per nested field (N+1). Each query
 * below asks for every nested field the admin and portal screens show and some they may; with
 * more than 100 rows of each kind, a page of 10 and a page of 100 must cost the same statements.
 * Not timed: the speed itself is measured by `pnpm bench` (docs/benchmarks.md).
 */
const ROWS = 120;

const LIST_QUERIES: { name: string; as: 'admin' | 'developer'; query: string; rows: (data: any) => unknown[] }[] = [
  {
    name: 'apis (System Management -> APIs)',
    as: 'admin',
    query: `query($first: Int!) { apis(first: $first) { edges { node { id name gatewayUrl
      defaultPolicy { id name apis { id } defaultForApis { id } catalogueEntries { id publicName } }
      grantedBy { id name apis { id name } } } } pageInfo { hasNextPage } } }`,
    rows: (data) => data.apis.edges,
  },
  {
    name: 'policies (System Management -> Policies)',
    as: 'admin',
    query: `query($first: Int!) { policies(first: $first) { edges { node { id name
      apis { id name defaultPolicy { id } grantedBy { id } } defaultForApis { id name }
      catalogueEntries { id publicName policy { id name } effectiveDcr { source settings { enabled } } } } } } }`,
    rows: (data) => data.policies.edges,
  },
  {
    name: 'catalogueEntries (Portal Management -> Catalogue)',
    as: 'admin',
    query: `query($first: Int!) { catalogueEntries(first: $first) { edges { node { id publicName visible dcrEnabled
      policy { id name } dcrOverride { enabled } effectiveDcr { source settings { enabled provider } } } } } }`,
    rows: (data) => data.catalogueEntries.edges,
  },
  {
    name: 'oauthClients (admin: every OAuth client)',
    as: 'admin',
    query: `query($first: Int!) { oauthClients(first: $first) { edges { node { id clientName clientId provider createdAt
      owner { id name email } apis { id publicName policy { id name } } management { canUpdate } } } } }`,
    rows: (data) => data.oauthClients.edges,
  },
  {
    name: 'developers (Portal Management -> Developers)',
    as: 'admin',
    query: `query($first: Int!) { developers(first: $first) { edges { node { id name email active clientCount createdAt } } } }`,
    rows: (data) => data.developers.edges,
  },
  {
    name: "a developer's clients (admin: developer page)",
    as: 'admin',
    query: `query($first: Int!, $id: ID!) { developer(id: $id) { id clientCount clients(first: $first) { edges { node { id clientId clientName apis createdAt } } } } }`,
    rows: (data) => data.developer.clients.edges,
  },
  {
    name: 'auditEvents (audit log)',
    as: 'admin',
    query: `query($first: Int!) { auditEvents(first: $first) { edges { node { id action targetType targetId details createdAt actor { id name email } } } } }`,
    rows: (data) => data.auditEvents.edges,
  },
  {
    name: 'publishedApis (portal: catalogue and the create-client wizard)',
    as: 'developer',
    query: `query($first: Int!) { publishedApis(first: $first) { edges { cursor node { id publicName description dcrEnabled
      policy { id name rateLimitRequests rateLimitPeriodSeconds quotaMax quotaRenewalSeconds keyExpiresInSeconds } } } pageInfo { hasNextPage endCursor } } }`,
    rows: (data) => data.publishedApis.edges,
  },
  {
    name: 'publishedApis with a search',
    as: 'developer',
    query: `query($first: Int!) { publishedApis(first: $first, search: "bulk") { edges { node { id publicName dcrEnabled policy { id name } } } } }`,
    rows: (data) => data.publishedApis.edges,
  },
  {
    name: 'myOAuthClients (portal: my clients)',
    as: 'developer',
    query: `query($first: Int!) { myOAuthClients(first: $first) { edges { node { id clientName clientId createdAt clientSecret
      apis { id publicName dcrEnabled policy { id name rateLimitRequests } } owner { id } management { canUpdate } } } } }`,
    rows: (data) => data.myOAuthClients.edges,
  },
];

describe('list queries cost the same number of SQL statements for 10 rows as for 100', () => {
  let api: QueryCountingApi;
  const cookies = { admin: '', developer: '' };
  let developerId = '';

  beforeAll(async () => {
    api = await startQueryCountingApi();
    cookies.admin = await api.sessionOf('admin');
    cookies.developer = await api.sessionOf('developer');
    developerId = (await api.db.user.findFirstOrThrow({ where: { role: 'DEVELOPER' } })).id;
    await loadRows(api, developerId);
    // Several hundred writes one after another: slow on a loaded machine, more so over a network.
  }, 120_000);
  afterAll(() => api?.close());

  for (const list of LIST_QUERIES) {
    it(list.name, async () => {
      const counted = async (first: number) => {
        const { result, queries } = await api.countQueries(list.query, { first, id: developerId }, cookies[list.as]);
        expect(result.errors).toBeUndefined();
        expect(list.rows(result.data)).toHaveLength(first);
        return queries;
      };
      // Once first: a first request may cost reads its later ones skip (the session and portal
      // settings kept between requests, ADR 012), which is not what this test compares.
      await counted(10);
      const ten = await counted(10);
      const hundred = await counted(100);
      expect({ first10: ten, first100: hundred }).toEqual({ first10: ten, first100: ten });
    });
  }
});

/**
 * ROWS of everything, linked the way the screens show them: each policy grants two APIs and is
 * the default policy of one, publishes one catalogue entry (every other one with its own DCR
 * settings), and the demo developer owns one client per entry.
 */
async function loadRows({ db }: QueryCountingApi, developerId: string): Promise<void> {
  const now = Date.now();
  const ids = (prefix: string) => Array.from({ length: ROWS }, (_, i) => `${prefix}-${String(i).padStart(3, '0')}`);
  const apiIds = ids('api');
  const policyIds = ids('policy');
  const entryIds = ids('entry');
  await db.api.createMany({
    data: apiIds.map((id, i) => ({ id, name: `bulk-api-${i}`, listenPath: `/bulk-${i}/`, upstreamUrl: 'http://127.0.0.1:9/', jwksUri: 'http://127.0.0.1:9/jwks' })),
  });
  for (const [i, id] of policyIds.entries()) {
    await db.policy.create({ data: { id, name: `Bulk policy ${i}`, apis: { connect: [{ id: apiIds[i]! }, { id: apiIds[(i + 1) % ROWS]! }] } } });
    await db.api.update({ where: { id: apiIds[i]! }, data: { defaultPolicyId: id } });
    await db.catalogueEntry.create({
      data: {
        id: entryIds[i]!,
        publicName: `Bulk API ${i}`,
        policy: { connect: { id } },
        overrideGlobalDcr: i % 2 === 0,
        ...(i % 2 === 0 ? { dcrOverride: { create: { enabled: true } } } : {}),
      },
    });
  }
  const developers = ids('developer');
  await db.user.createMany({ data: developers.map((id, i) => ({ id, email: `bulk-${i}@example.test`, name: `Bulk ${i}`, role: 'DEVELOPER', passwordHash: 'x' })) });
  for (const [i, entryId] of entryIds.entries()) {
    await db.oAuthClient.create({
      data: {
        developerId,
        clientId: `bulk-client-${i}`,
        registrationEndpoint: 'http://127.0.0.1:9/register',
        provider: 'OTHER',
        clientName: `Bulk client ${i}`,
        metadataJson: JSON.stringify({ client_name: `Bulk client ${i}`, redirect_uris: ['https://example.test/cb'] }),
        idempotencyKey: randomUUID(),
        createdAt: new Date(now - i * 1000),
        catalogueEntries: { connect: [{ id: entryId }] },
      },
    });
  }
  await db.auditEvent.createMany({
    data: Array.from({ length: ROWS }, (_, i) => ({ actorId: developerId, action: 'bulk.loaded', targetType: 'Api', targetId: apiIds[i]!, detailsJson: '{}' })),
  });
}
