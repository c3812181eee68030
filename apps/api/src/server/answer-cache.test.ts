import { createPrismaClient } from '@gatehouse/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness } from '../test-support/api-harness.ts';

/**
 * The answer cache (answer-cache.ts, ADR 012): the portal's catalogue and client list are served
 * again without touching the database, and never once something they show has changed, to
 * anyone else, or to a caller no longer signed in.
 */
const CATALOGUE = '{ publishedApis(first: 100) { edges { node { id publicName dcrEnabled policy { name } } } } }';
const MY_CLIENTS = '{ myOAuthClients(first: 20) { edges { node { id clientName apis { publicName } } } } }';
const CREATE_ENTRY = `mutation($input: CreateCatalogueEntryInput!) { createCatalogueEntry(input: $input) { __typename ... on CreateCatalogueEntrySuccess { entry { id } } } }`;
const UPDATE_ENTRY = `mutation($input: UpdateCatalogueEntryInput!) { updateCatalogueEntry(input: $input) { __typename } }`;
const CREATE_CLIENT = `mutation($input: CreateOAuthClientInput!) { createOAuthClient(input: $input) { __typename ... on CreateOAuthClientSuccess { client { id } } } }`;
const DELETE_CLIENT = `mutation($input: DeleteOAuthClientInput!) { deleteOAuthClient(input: $input) { __typename } }`;

let h: ApiHarness;
let statements = 0;
let admin: string;
let developer: string;

beforeAll(async () => {
  h = await startApiHarness({ onQuery: () => void statements++ });
  admin = await h.signInAs('admin');
  developer = await h.signInAs('developer');
});
afterAll(() => h?.close());

const names = (data: any): string[] => data.publishedApis.edges.map((e: { node: { publicName: string } }) => e.node.publicName);

/** The answer, and how many SQL statements the API sent for it. */
async function ask(query: string, cookie?: string, variables: Record<string, unknown> = {}) {
  const before = statements;
  const result = await h.gql(query, variables, cookie);
  return { ...result, statements: statements - before };
}

describe('the answer cache', () => {
  it("serves a developer's catalogue again without the database, and reads again after an admin publishes or hides an API", async () => {
    const first = await ask(CATALOGUE, developer);
    expect(first.errors).toBeUndefined();
    expect(first.statements).toBeGreaterThan(0);
    const again = await ask(CATALOGUE, developer);
    expect(again).toEqual({ ...first, statements: 0 });

    const policyId = (await h.db.policy.findUniqueOrThrow({ where: { name: 'Curity Policy' } })).id;
    const input = { publicName: 'Orders API', description: 'Orders.', policyId, visible: true, overrideGlobalSettings: false };
    const created = await h.gql(CREATE_ENTRY, { input }, admin);
    expect(created.data!.createCatalogueEntry.__typename).toBe('CreateCatalogueEntrySuccess');
    const published = await ask(CATALOGUE, developer);
    expect(published.statements).toBeGreaterThan(0);
    expect(names(published.data)).toContain('Orders API');

    const id = created.data!.createCatalogueEntry.entry.id;
    expect((await h.gql(UPDATE_ENTRY, { input: { ...input, id, visible: false } }, admin)).data!.updateCatalogueEntry.__typename).toBe('UpdateCatalogueEntrySuccess');
    const hidden = await ask(CATALOGUE, developer);
    expect(names(hidden.data)).not.toContain('Orders API');
  });

  it("shows a developer's new and deleted clients at once, and never one developer's list to another", async () => {
    const entryId = (await h.db.catalogueEntry.findUniqueOrThrow({ where: { publicName: 'Curity Demo API' } })).id;
    expect((await ask(MY_CLIENTS, developer)).data!.myOAuthClients.edges).toEqual([]);
    const input = { catalogueEntryIds: [entryId], clientName: 'Cached App', redirectUris: ['https://app.example/callback'], idempotencyKey: crypto.randomUUID() };
    const created = await h.gql(CREATE_CLIENT, { input }, developer);
    expect(created.data!.createOAuthClient.__typename).toBe('CreateOAuthClientSuccess');

    const listed = await ask(MY_CLIENTS, developer);
    expect(listed.data!.myOAuthClients.edges).toEqual([{ node: { id: created.data!.createOAuthClient.client.id, clientName: 'Cached App', apis: [{ publicName: 'Curity Demo API' }] } }]);
    expect((await ask(MY_CLIENTS, developer)).statements).toBe(0);

    // Another developer sends the very same query: their own (empty) list, from the database.
    await h.api.services.auth.createUser({ email: 'other@example.com', name: 'Other', role: 'DEVELOPER', password: 'other-password-1' });
    const other = await h.signIn('other@example.com', 'other-password-1');
    const theirs = await ask(MY_CLIENTS, other);
    expect(theirs.data!.myOAuthClients.edges).toEqual([]);
    expect(theirs.statements).toBeGreaterThan(0);

    const deleted = await h.gql(DELETE_CLIENT, { input: { id: created.data!.createOAuthClient.client.id } }, developer);
    expect(deleted.data!.deleteOAuthClient.__typename).toBe('DeleteOAuthClientSuccess');
    expect((await ask(MY_CLIENTS, developer)).data!.myOAuthClients.edges).toEqual([]);
  });

  it('gives nothing to anonymous callers or to a session that signed out, though its answer was cached', async () => {
    const cookie = await h.signInAs('developer');
    await ask(CATALOGUE, cookie);
    expect((await ask(CATALOGUE, cookie)).statements).toBe(0);

    expect((await ask(CATALOGUE)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await h.gql('mutation { signOut { __typename } }', {}, cookie)).errors).toBeUndefined();
    const afterSignOut = await ask(CATALOGUE, cookie);
    expect(afterSignOut.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(afterSignOut.data ?? null).toBeNull();
  });

  it('shows at once what another process committed to the database (a hand-run fix, a second process)', async () => {
    const first = await ask(CATALOGUE, developer);
    expect((await ask(CATALOGUE, developer)).statements).toBe(0);
    const elsewhere = createPrismaClient(h.databaseUrl);
    try {
      await elsewhere.policy.update({ where: { name: 'Curity Policy' }, data: { name: 'Renamed Elsewhere' } });
      await elsewhere.portalSettings.update({ where: { id: 1 }, data: { redirectUriSeparator: '|' } });
    } finally {
      await elsewhere.$disconnect();
    }
    const after = await ask(CATALOGUE, developer);
    expect(after.statements).toBeGreaterThan(0);
    expect(JSON.stringify(after.data)).toContain('Renamed Elsewhere');
    expect(JSON.stringify(first.data)).not.toContain('Renamed Elsewhere');
    // The portal settings, kept between requests too, are read again as well.
    expect((await h.gql('{ redirectUriSeparator }', {}, developer)).data).toEqual({ redirectUriSeparator: '|' });
  });

  it('never keeps an answer that holds a client secret', async () => {
    const entryId = (await h.db.catalogueEntry.findUniqueOrThrow({ where: { publicName: 'Curity Demo API' } })).id;
    const input = { catalogueEntryIds: [entryId], clientName: 'Secret App', redirectUris: ['https://app.example/callback'], idempotencyKey: crypto.randomUUID() };
    expect((await h.gql(CREATE_CLIENT, { input }, developer)).data!.createOAuthClient.__typename).toBe('CreateOAuthClientSuccess');
    const withSecret = '{ myOAuthClients(first: 20) { edges { node { clientName clientSecret } } } }';
    await ask(withSecret, developer);
    const again = await ask(withSecret, developer);
    expect(again.data!.myOAuthClients.edges[0].node.clientSecret).toEqual(expect.any(String));
    expect(again.statements).toBeGreaterThan(0);
  });
});
