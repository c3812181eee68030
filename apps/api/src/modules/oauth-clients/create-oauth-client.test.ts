import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateOAuthClientInput!) {
    createOAuthClient(input: $input) {
      __typename
      ... on CreateOAuthClientSuccess { client { id clientId clientSecret clientName redirectUris grantTypes tokenEndpointAuthMethod tokenEndpoint managedAtIdp apis { publicName } } }
      ... on ValidationError { message fieldErrors { path message } }
      ... on IdpRegistrationError { error message path }
    }
  }
`;

let h: ApiHarness;
let developer: string;
let catalogueEntryId: string;

beforeAll(async () => {
  h = await startApiHarness();
  developer = await h.signInAs('developer');
  const { data } = await h.gql('{ catalogue { id publicName } }', {}, developer);
  catalogueEntryId = data!.catalogue.find((e: { publicName: string }) => e.publicName === 'Curity Demo API').id;
});
afterAll(() => h?.close());

const input = (overrides: Record<string, unknown> = {}) => ({
  catalogueEntryIds: [catalogueEntryId],
  clientName: 'My App',
  redirectUris: ['http://localhost:7777', 'https://oauth.tools/callback/code'],
  idempotencyKey: crypto.randomUUID(),
  ...overrides,
});

async function tokenFor(clientId: string, clientSecret: string) {
  return fetch(h.idp.endpoints.token, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
  });
}

describe('createOAuthClient against the embedded IdP', () => {
  it('registers the client, returns what the IdP registered and stores the secret encrypted', async () => {
    const { data } = await h.gql(CREATE, { input: input() }, developer);
    const result = data!.createOAuthClient;
    expect(result.__typename).toBe('CreateOAuthClientSuccess');
    const client = result.client;
    expect(client.redirectUris).toEqual(['http://localhost:7777', 'https://oauth.tools/callback/code']);
    expect(client.grantTypes).toEqual(['authorization_code', 'client_credentials']);
    expect(client.tokenEndpointAuthMethod).toBe('client_secret_post');
    expect(client.tokenEndpoint).toBe(h.idp.endpoints.token);
    expect(client.managedAtIdp).toBe(true);
    expect(client.apis).toEqual([{ publicName: 'Curity Demo API' }]);

    // The credentials work at the IdP itself.
    const token = await tokenFor(client.clientId, client.clientSecret);
    expect(token.status).toBe(200);

    // Neither the secret nor the registration access token is in the database file as plain text.
    const row = await h.db.oAuthClient.findUniqueOrThrow({ where: { id: client.id } });
    expect(row.clientSecretEnc).not.toContain(client.clientSecret);
    expect((await h.everythingStored()).includes(client.clientSecret)).toBe(false);
  });

  it('answers with the client exactly as the portal then shows it', async () => {
    const fields = `id clientId clientSecret clientSecretExpiresAt clientName redirectUris grantTypes responseTypes tokenEndpointAuthMethod
      tokenEndpoint provider managedAtIdp management { canUpdate canRotateSecret canDeleteAtIdp updateRotatesSecret limitation }
      owner { id email name role } createdAt updatedAt apis { id publicName description dcrEnabled }`;
    const created = await h.gql(
      `mutation Create($input: CreateOAuthClientInput!) { createOAuthClient(input: $input) { ... on CreateOAuthClientSuccess { client { ${fields} } } } }`,
      { input: input({ clientName: 'Shown as stored' }) },
      developer,
    );
    expect(created.errors).toBeUndefined();
    const client = created.data!.createOAuthClient.client;
    const shown = await h.gql(`query($id: ID!) { oauthClient(id: $id) { ${fields} } }`, { id: client.id }, developer);
    expect(shown.data!.oauthClient).toEqual(client);
    expect(client.owner).toMatchObject({ email: expect.stringContaining('@'), role: 'DEVELOPER' });
  });

  it('shows the IdP rejection of an app:// redirect URI at the redirect field and stores nothing', async () => {
    const before = await h.db.oAuthClient.count();
    const { data } = await h.gql(CREATE, { input: input({ redirectUris: ['app://oauth.tools/callback/code'] }) }, developer);
    expect(data!.createOAuthClient).toMatchObject({ __typename: 'IdpRegistrationError', error: 'invalid_redirect_uri', path: 'redirectUris' });
    expect(data!.createOAuthClient.message.length).toBeGreaterThan(0);
    expect(await h.db.oAuthClient.count()).toBe(before);
  });

  it('rejects a redirect URL the portal can check itself, naming the field', async () => {
    const { data } = await h.gql(CREATE, { input: input({ redirectUris: ['https://ok.example/cb', 'http://app.example.com/cb'] }) }, developer);
    expect(data!.createOAuthClient.__typename).toBe('ValidationError');
    expect(data!.createOAuthClient.fieldErrors).toEqual([{ path: 'redirectUris.1', message: expect.stringMatching(/use https/) }]);
  });

  it('registers one client when Create is sent twice with the same key', async () => {
    const same = input();
    const before = await h.db.oAuthClient.count();
    const [a, b] = await Promise.all([h.gql(CREATE, { input: same }, developer), h.gql(CREATE, { input: same }, developer)]);
    expect(a.data!.createOAuthClient.client.clientId).toBe(b.data!.createOAuthClient.client.clientId);
    const again = await h.gql(CREATE, { input: same }, developer);
    expect(again.data!.createOAuthClient.client.clientId).toBe(a.data!.createOAuthClient.client.clientId);
    expect(await h.db.oAuthClient.count()).toBe(before + 1);
  });

  it('lets only the owner see the secret, and only the owner or an admin see the client', async () => {
    const { data } = await h.gql(CREATE, { input: input() }, developer);
    const id = data!.createOAuthClient.client.id;
    await h.api.services.auth.createUser({ email: 'other@example.com', name: 'Other', role: 'DEVELOPER', password: 'other-password' });
    const otherDeveloper = await h.signIn('other@example.com', 'other-password');
    const asOther = await h.gql('query($id: ID!) { oauthClient(id: $id) { id } }', { id }, otherDeveloper);
    expect(asOther.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const othersList = await h.gql('{ myOAuthClients { edges { node { id } } } }', {}, otherDeveloper);
    expect(othersList.data!.myOAuthClients.edges).toEqual([]);

    const anonymous = await h.gql('query($id: ID!) { oauthClient(id: $id) { id } }', { id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const admin = await h.signInAs('admin');
    const asAdmin = await h.gql('query($id: ID!) { oauthClient(id: $id) { id clientSecret } }', { id }, admin);
    expect(asAdmin.data!.oauthClient).toEqual({ id, clientSecret: null });

    const adminCreate = await h.gql(CREATE, { input: input() }, admin);
    expect(adminCreate.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('createOAuthClient when things go wrong', () => {
  it('deletes the client at the IdP again when the portal cannot store it', async () => {
    const repo = (h.api.services.oauthClients as unknown as { deps: { clients: { createResolvingCleanup: (d: { clientId: string }) => Promise<unknown> } } }).deps.clients;
    const original = repo.createResolvingCleanup.bind(repo);
    let registeredClientId: string | undefined;
    repo.createResolvingCleanup = async (data) => {
      registeredClientId = data.clientId;
      throw new Error('disk full');
    };
    try {
      const result = await h.gql(CREATE, { input: input() }, developer);
      expect(result.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL' } });
    } finally {
      repo.createResolvingCleanup = original;
    }
    expect(registeredClientId).toBeDefined();
    expect(await h.idp.provider.Client.find(registeredClientId!)).toBeUndefined();
  });

  it('says the IdP is unavailable when it cannot be reached, and keeps nothing', async () => {
    const settings = await h.db.catalogueEntry.findFirstOrThrow({ where: { id: catalogueEntryId }, include: { dcrOverride: true } });
    const endpoint = settings.dcrOverride!.registrationEndpoint;
    await h.db.dcrSettings.update({ where: { id: settings.dcrOverrideId! }, data: { registrationEndpoint: 'http://127.0.0.1:9/register' } });
    try {
      const before = await h.db.oAuthClient.count();
      const { data } = await h.gql(CREATE, { input: input() }, developer);
      expect(data!.createOAuthClient).toMatchObject({ __typename: 'IdpRegistrationError', error: 'idp_unavailable', path: null });
      expect(data!.createOAuthClient.message).toMatch(/could not be reached/);
      expect(await h.db.oAuthClient.count()).toBe(before);
    } finally {
      await h.db.dcrSettings.update({ where: { id: settings.dcrOverrideId! }, data: { registrationEndpoint: endpoint } });
    }
  });
});
