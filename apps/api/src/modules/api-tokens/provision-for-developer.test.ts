import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NAMES } from '../../seed/demo-accounts.ts';
import { startApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import { bearer, createApiToken, postGql } from './test-support/api-token-client.ts';

const CREATE = `mutation($input: CreateOAuthClientInput!) { createOAuthClient(input: $input) { __typename
  ... on CreateOAuthClientSuccess { client { id clientId clientSecret owner { email } } }
  ... on ValidationError { fieldErrors { path message } } } }`;

let h: ApiHarness;
let admin: string;
let developer: string;
let adminToken: string;
let entryId: string;
let developerId: string;

const input = (extra: Record<string, unknown> = {}) => ({
  catalogueEntryIds: [entryId],
  clientName: 'Provisioned app',
  redirectUris: ['https://app.example.com/callback'],
  idempotencyKey: randomUUID(),
  ...extra,
});

beforeAll(async () => {
  h = await startApiHarness();
  admin = await h.signInAs('admin');
  developer = await h.signInAs('developer');
  adminToken = (await createApiToken(h, admin, { name: 'provisioning', role: 'ADMIN' })).value;
  entryId = (await h.db.catalogueEntry.findUniqueOrThrow({ where: { publicName: DEMO_NAMES.catalogueEntry } })).id;
  developerId = (await h.db.user.findUniqueOrThrow({ where: { email: 'dev@gatehouse.local' } })).id;
});
afterAll(() => h?.close());

describe('createOAuthClient with developerId (integrators provisioning for a developer)', () => {
  it('registers the client for the developer, who owns it and alone sees the secret', async () => {
    const res = await postGql(h.url, CREATE, { input: input({ developerId }) }, bearer(adminToken));
    const client = res.data!.createOAuthClient.client;
    expect(client.owner.email).toBe('dev@gatehouse.local');
    expect(client.clientSecret).toBeNull();
    const mine = await h.gql('query($id: ID!) { oauthClient(id: $id) { clientSecret } }', { id: client.id }, developer);
    expect(mine.data!.oauthClient.clientSecret).toEqual(expect.any(String));
    const audit = await h.db.auditEvent.findFirstOrThrow({ where: { action: 'oauth_client.provisioned', targetId: client.id } });
    expect(audit.actorId).not.toBe(developerId);
    expect(audit.detailsJson).not.toContain(mine.data!.oauthClient.clientSecret);
  });

  it('names the field when no active developer has the ID, and creates nothing', async () => {
    const before = await h.db.oAuthClient.count();
    const res = await postGql(h.url, CREATE, { input: input({ developerId: 'cnotadeveloper000000000' }) }, bearer(adminToken));
    expect(res.data!.createOAuthClient).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [{ path: 'developerId', message: 'No active developer has this ID; look it up with the developers query.' }],
    });
    expect(await h.db.oAuthClient.count()).toBe(before);
  });

  it('is refused to everyone but ADMIN tokens: developers (for someone else) and admin sessions', async () => {
    const other = await h.gql('mutation($input: AddDeveloperInput!) { addDeveloper(input: $input) { ... on AddDeveloperSuccess { developer { id } } } }', { input: { name: 'Other', email: 'other2@example.com', password: 'a-long-enough-password' } }, admin);
    const otherId = other.data!.addDeveloper.developer.id;
    const asDeveloper = await h.gql(CREATE, { input: input({ developerId: otherId }) }, developer);
    expect(asDeveloper.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: 'You are not allowed to create a client for another developer; only ADMIN API tokens may set developerId.' });
    const asAdminSession = await h.gql(CREATE, { input: input({ developerId }) }, admin);
    expect(asAdminSession.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await h.db.oAuthClient.count({ where: { developerId: otherId } })).toBe(0);
  });
});
