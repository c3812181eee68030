import { startFakeOkta, type FakeOkta } from '@gatehouse/dcr/test-support/fake-okta';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import { createClient, DELETE, newDeveloper, ROTATE, UPDATE } from './test-support/oauth-client-fixtures.ts';

/**
 * The whole path for a provider without RFC 7592 means: Okta manages clients with the API token
 * of the DCR settings, at its org-level /oauth2/v1/clients. An Okta-shaped fake stands in.
 */
let h: ApiHarness;
let okta: FakeOkta;
let developer: string;
let overrideId: string;

beforeAll(async () => {
  h = await startApiHarness();
  okta = await startFakeOkta();
  developer = (await newDeveloper(h)).cookie;
  const entry = await h.db.catalogueEntry.findFirstOrThrow({ where: { publicName: 'Curity Demo API' } });
  overrideId = entry.dcrOverrideId!;
  await h.db.dcrSettings.update({
    where: { id: overrideId },
    data: {
      provider: 'OKTA',
      // Okta refuses the demo's `token` response type without the implicit grant (its reading of
      // RFC 7591 section 2.1), so this override registers `code` only.
      responseTypes: 'code',
      registrationEndpoint: `${okta.origin}/oauth2/v1/clients`,
      idpHost: null,
      initialAccessTokenEnc: h.api.services.secrets.seal(okta.apiToken),
    },
  });
});
afterAll(async () => {
  await okta?.close();
  await h?.close();
});

describe('an Okta client through the portal', () => {
  it('is registered with SSWS, edited, given a new secret and deleted at Okta', async () => {
    const client = await createClient(h, developer, { clientName: 'Okta App', redirectUris: ['https://okta-app.example/cb'] });
    expect(okta.requests.at(-1)).toMatchObject({ method: 'POST', url: '/oauth2/v1/clients', authorization: `SSWS ${okta.apiToken}` });
    const page = await h.gql('query($id: ID!) { oauthClient(id: $id) { managedAtIdp management { canUpdate canRotateSecret canDeleteAtIdp } } }', { id: client.id }, developer);
    expect(page.data!.oauthClient).toEqual({ managedAtIdp: true, management: { canUpdate: true, canRotateSecret: true, canDeleteAtIdp: true } });

    const updated = await h.gql(UPDATE, { input: { id: client.id, clientName: 'Okta App', redirectUris: ['https://okta-app.example/new'] } }, developer);
    expect(updated.data!.updateOAuthClient).toMatchObject({ __typename: 'UpdateOAuthClientSuccess', client: { redirectUris: ['https://okta-app.example/new'] } });
    expect(okta.clients.get(client.clientId)!.redirect_uris).toEqual(['https://okta-app.example/new']);

    const rotated = await h.gql(ROTATE, { input: { id: client.id } }, developer);
    expect(okta.requests.at(-1)).toMatchObject({ method: 'POST', url: `/oauth2/v1/clients/${client.clientId}/lifecycle/newSecret` });
    expect(rotated.data!.rotateOAuthClientSecret.client.clientSecret).toBe(okta.clients.get(client.clientId)!.client_secret);
    expect(rotated.data!.rotateOAuthClientSecret.client.clientSecret).not.toBe(client.clientSecret);

    const deleted = await h.gql(DELETE, { input: { id: client.id } }, developer);
    expect(deleted.data!.deleteOAuthClient).toMatchObject({ __typename: 'DeleteOAuthClientSuccess', deletedAtIdp: true });
    expect(okta.requests.at(-1)).toMatchObject({ method: 'DELETE', url: `/oauth2/v1/clients/${client.clientId}`, authorization: `SSWS ${okta.apiToken}` });
    expect(okta.clients.has(client.clientId)).toBe(false);
  });

  it('says the portal cannot manage the client once the settings hold no API token', async () => {
    const client = await createClient(h, developer, { clientName: 'Okta Orphan', redirectUris: ['https://okta-app.example/cb'] });
    await h.db.dcrSettings.update({ where: { id: overrideId }, data: { initialAccessTokenEnc: null } });
    const page = await h.gql('query($id: ID!) { oauthClient(id: $id) { management { canDeleteAtIdp limitation } } }', { id: client.id }, developer);
    expect(page.data!.oauthClient.management).toEqual({ canDeleteAtIdp: false, limitation: expect.stringMatching(/no Okta API token/) });
  });
});
