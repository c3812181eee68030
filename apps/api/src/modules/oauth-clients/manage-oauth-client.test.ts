import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import {
  CLEANUPS,
  createClient,
  DELETE,
  newDeveloper,
  readAtIdp,
  RESOLVE_CLEANUP,
  ROTATE,
  tokenStatus,
  UPDATE,
} from './test-support/oauth-client-fixtures.ts';

let h: ApiHarness;
let developer: string;
beforeAll(async () => {
  h = await startApiHarness();
  developer = (await newDeveloper(h)).cookie;
});
afterAll(() => h?.close());

describe('updateOAuthClient against the embedded IdP (RFC 7592 PUT)', () => {
  it('replaces the name and redirect URIs at the IdP, keeps the secret, and stores the rotated registration access token', async () => {
    const client = await createClient(h, developer);
    const before = await h.db.oAuthClient.findUniqueOrThrow({ where: { id: client.id } });
    const { data } = await h.gql(UPDATE, { input: { id: client.id, clientName: 'Renamed App', redirectUris: ['https://oauth.tools/callback/code', 'http://127.0.0.1:9999/cb'] } }, developer);
    expect(data!.updateOAuthClient).toMatchObject({
      __typename: 'UpdateOAuthClientSuccess',
      secretChanged: false,
      client: { clientName: 'Renamed App', redirectUris: ['https://oauth.tools/callback/code', 'http://127.0.0.1:9999/cb'], clientSecret: client.clientSecret },
    });
    // At the IdP itself, with the token the portal stored from the PUT's answer (the old one is dead).
    const atIdp = await readAtIdp(h, client.id);
    expect(atIdp.status).toBe(200);
    expect(atIdp.body).toMatchObject({ client_name: 'Renamed App', redirect_uris: ['https://oauth.tools/callback/code', 'http://127.0.0.1:9999/cb'] });
    const after = await h.db.oAuthClient.findUniqueOrThrow({ where: { id: client.id } });
    expect(after.registrationAccessTokenEnc).not.toBe(before.registrationAccessTokenEnc);
    expect(await tokenStatus(h, client.clientId, client.clientSecret)).toBe(200);
  });

  it("shows the IdP's invalid_redirect_uri at the redirect field and changes nothing", async () => {
    const client = await createClient(h, developer);
    const { data } = await h.gql(UPDATE, { input: { id: client.id, clientName: 'Lifecycle App', redirectUris: ['app://oauth.tools/callback/code'] } }, developer);
    expect(data!.updateOAuthClient).toMatchObject({ __typename: 'IdpRegistrationError', error: 'invalid_redirect_uri', path: 'redirectUris' });
    expect(data!.updateOAuthClient.message).toMatch(/web uris/);
    expect((await readAtIdp(h, client.id)).body.redirect_uris).toEqual(client.redirectUris);
  });

  it('names the field the portal can check itself, and asks for a redirect URL the code flow needs', async () => {
    const client = await createClient(h, developer);
    const bad = await h.gql(UPDATE, { input: { id: client.id, clientName: ' ', redirectUris: ['https://ok.example/cb', 'http://app.example.com/cb'] } }, developer);
    expect(bad.data!.updateOAuthClient.fieldErrors).toEqual([
      { path: 'clientName', message: 'Enter a client name.' },
      { path: 'redirectUris.1', message: expect.stringMatching(/use https/) },
    ]);
    const none = await h.gql(UPDATE, { input: { id: client.id, clientName: 'x', redirectUris: [] } }, developer);
    expect(none.data!.updateOAuthClient.fieldErrors).toEqual([{ path: 'redirectUris', message: expect.stringMatching(/at least one redirect URL/) }]);
  });

  it('runs two updates of one client one after the other, so neither uses a registration access token the other rotated', async () => {
    const client = await createClient(h, developer);
    const [a, b] = await Promise.all([
      h.gql(UPDATE, { input: { id: client.id, clientName: 'First', redirectUris: ['https://a.example/cb'] } }, developer),
      h.gql(UPDATE, { input: { id: client.id, clientName: 'Second', redirectUris: ['https://b.example/cb'] } }, developer),
    ]);
    expect([a.data!.updateOAuthClient.__typename, b.data!.updateOAuthClient.__typename]).toEqual(['UpdateOAuthClientSuccess', 'UpdateOAuthClientSuccess']);
    expect((await readAtIdp(h, client.id)).body.client_name).toBe('Second');
  });

  it("keeps other people's clients out of reach", async () => {
    const client = await createClient(h, developer);
    const other = (await newDeveloper(h, 'Other')).cookie;
    const asOther = await h.gql(UPDATE, { input: { id: client.id, clientName: 'Mine now', redirectUris: ['https://x.example/cb'] } }, other);
    expect(asOther.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const admin = await h.signInAs('admin');
    const asAdmin = await h.gql(ROTATE, { input: { id: client.id } }, admin);
    expect(asAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.gql(DELETE, { input: { id: client.id } }, other)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('rotateOAuthClientSecret against the embedded IdP', () => {
  it('gets a new secret from the IdP: the new one works there, the old one no longer does', async () => {
    const client = await createClient(h, developer);
    const { data } = await h.gql(ROTATE, { input: { id: client.id } }, developer);
    expect(data!.rotateOAuthClientSecret.__typename).toBe('RotateOAuthClientSecretSuccess');
    const rotated = data!.rotateOAuthClientSecret.client;
    expect(rotated.clientSecret).not.toBe(client.clientSecret);
    expect(await tokenStatus(h, client.clientId, client.clientSecret)).toBe(401);
    expect(await tokenStatus(h, client.clientId, rotated.clientSecret)).toBe(200);
    const row = await h.db.oAuthClient.findUniqueOrThrow({ where: { id: client.id } });
    expect(row.clientSecretEnc).not.toContain(rotated.clientSecret);
  });
});

describe('the Curity driver against the embedded IdP', () => {
  it('warns that updates issue new secrets, and rotates and deletes through RFC 7592', async () => {
    const entry = await h.db.catalogueEntry.findFirstOrThrow({ where: { publicName: 'Curity Demo API' } });
    await h.db.dcrSettings.update({ where: { id: entry.dcrOverrideId! }, data: { provider: 'CURITY' } });
    try {
      const client = await createClient(h, developer, { clientName: 'Curity App' });
      const page = await h.gql('query($id: ID!) { oauthClient(id: $id) { provider management { updateRotatesSecret canRotateSecret } } }', { id: client.id }, developer);
      expect(page.data!.oauthClient).toEqual({ provider: 'CURITY', management: { updateRotatesSecret: true, canRotateSecret: true } });
      const rotated = await h.gql(ROTATE, { input: { id: client.id } }, developer);
      expect(await tokenStatus(h, client.clientId, rotated.data!.rotateOAuthClientSecret.client.clientSecret)).toBe(200);
      expect((await h.gql(DELETE, { input: { id: client.id } }, developer)).data!.deleteOAuthClient.deletedAtIdp).toBe(true);
      expect(await h.idp.provider.Client.find(client.clientId)).toBeUndefined();
    } finally {
      await h.db.dcrSettings.update({ where: { id: entry.dcrOverrideId! }, data: { provider: 'OTHER' } });
    }
  });
});

describe('deleteOAuthClient', () => {
  it('deletes at the IdP, then in the portal', async () => {
    const client = await createClient(h, developer);
    const { data } = await h.gql(DELETE, { input: { id: client.id } }, developer);
    expect(data!.deleteOAuthClient).toEqual({ __typename: 'DeleteOAuthClientSuccess', deletedId: client.id, deletedAtIdp: true });
    expect(await tokenStatus(h, client.clientId, client.clientSecret)).toBe(401);
    expect(await h.idp.provider.Client.find(client.clientId)).toBeUndefined();
    expect(await h.db.oAuthClient.findUnique({ where: { id: client.id } })).toBeNull();
  });

  it('lets an admin see every client and delete any, at the IdP too', async () => {
    const client = await createClient(h, developer);
    const admin = await h.signInAs('admin');
    const all = await h.gql('{ oauthClients { edges { node { id clientSecret owner { email } } } } }', {}, admin);
    const listed = all.data!.oauthClients.edges.map((e: any) => e.node).find((n: any) => n.id === client.id);
    expect(listed).toMatchObject({ id: client.id, clientSecret: null });
    expect((await h.gql('{ oauthClients { edges { node { id } } } }', {}, developer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const { data } = await h.gql(DELETE, { input: { id: client.id } }, admin);
    expect(data!.deleteOAuthClient).toMatchObject({ __typename: 'DeleteOAuthClientSuccess', deletedAtIdp: true });
    expect(await tokenStatus(h, client.clientId, client.clientSecret)).toBe(401);
  });

  it('keeps the client when the IdP cannot be reached, and says so', async () => {
    const client = await createClient(h, developer);
    const row = await h.db.oAuthClient.findUniqueOrThrow({ where: { id: client.id } });
    // Both move: the portal calls a registration_client_uri only on its registration endpoint's origin (ADR 008).
    await h.db.oAuthClient.update({ where: { id: client.id }, data: { registrationClientUri: 'http://127.0.0.1:9/gone', registrationEndpoint: 'http://127.0.0.1:9/register' } });
    try {
      const { data } = await h.gql(DELETE, { input: { id: client.id } }, developer);
      expect(data!.deleteOAuthClient).toMatchObject({ __typename: 'IdpRegistrationError', error: 'idp_unavailable', message: expect.stringMatching(/could not be reached/) });
      expect(await h.db.oAuthClient.findUnique({ where: { id: client.id } })).not.toBeNull();
    } finally {
      await h.db.oAuthClient.update({ where: { id: client.id }, data: { registrationClientUri: row.registrationClientUri, registrationEndpoint: row.registrationEndpoint } });
    }
  });
});

describe('a client the IdP gave no RFC 7592 means for', () => {
  it('says so, refuses changes, and deletes only in the portal when asked to, leaving admins a cleanup entry', async () => {
    const client = await createClient(h, developer, { clientName: 'Unmanaged App' });
    await h.db.oAuthClient.update({ where: { id: client.id }, data: { registrationClientUri: null } });
    const page = await h.gql('query($id: ID!) { oauthClient(id: $id) { managedAtIdp management { canUpdate canDeleteAtIdp limitation } } }', { id: client.id }, developer);
    expect(page.data!.oauthClient).toMatchObject({ managedAtIdp: false, management: { canUpdate: false, canDeleteAtIdp: false, limitation: expect.stringMatching(/RFC 7592/) } });

    const update = await h.gql(UPDATE, { input: { id: client.id, clientName: 'x', redirectUris: ['https://x.example/cb'] } }, developer);
    expect(update.data!.updateOAuthClient).toMatchObject({ __typename: 'IdpOperationUnsupportedError', message: expect.stringMatching(/registration_client_uri/) });

    const refused = await h.gql(DELETE, { input: { id: client.id } }, developer);
    expect(refused.data!.deleteOAuthClient.__typename).toBe('IdpOperationUnsupportedError');
    expect(await h.db.oAuthClient.findUnique({ where: { id: client.id } })).not.toBeNull();

    const local = await h.gql(DELETE, { input: { id: client.id, portalOnly: true } }, developer);
    expect(local.data!.deleteOAuthClient).toEqual({ __typename: 'DeleteOAuthClientSuccess', deletedId: client.id, deletedAtIdp: false });
    expect(await h.db.oAuthClient.findUnique({ where: { id: client.id } })).toBeNull();
    // Honest about what is left: the client still works at the IdP, and admins are told.
    expect(await tokenStatus(h, client.clientId, client.clientSecret)).toBe(200);
    const admin = await h.signInAs('admin');
    const cleanups = (await h.gql(CLEANUPS, {}, admin)).data!.idpCleanups.edges.map((e: any) => e.node);
    expect(cleanups).toContainEqual(
      expect.objectContaining({ state: 'LEFT_AT_IDP', clientName: 'Unmanaged App', clientId: client.clientId, canDeleteAtIdp: false }),
    );
  });

  it('lets an admin delete a client left at the IdP once the portal holds its RFC 7592 means', async () => {
    const client = await createClient(h, developer, { clientName: 'Left Behind' });
    await h.gql(DELETE, { input: { id: client.id, portalOnly: true } }, developer);
    const admin = await h.signInAs('admin');
    const entry = (await h.gql(CLEANUPS, {}, admin)).data!.idpCleanups.edges.map((e: any) => e.node).find((n: any) => n.clientName === 'Left Behind');
    expect(entry).toMatchObject({ state: 'LEFT_AT_IDP', canDeleteAtIdp: true });
    expect((await h.gql(CLEANUPS, {}, developer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const { data } = await h.gql(RESOLVE_CLEANUP, { input: { id: entry.id, action: 'DELETE_AT_IDP' } }, admin);
    expect(data!.resolveIdpCleanup).toEqual({ __typename: 'ResolveIdpCleanupSuccess', resolvedId: entry.id });
    expect(await tokenStatus(h, client.clientId, client.clientSecret)).toBe(401);
    expect(await h.db.idpCleanup.findUnique({ where: { id: entry.id } })).toBeNull();
  });
});
