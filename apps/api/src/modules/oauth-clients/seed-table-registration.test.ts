import { createIdp, type Idp } from '@gatehouse/idp';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';

/**
 * The seed guide's DCR table exactly (Response Types Authorization Code + Token, Grant Types
 * Authorization Code + Client Credentials, Client Secret - Post), as the demo data holds it: the
 * portal sends it as configured, and whoever registers sees the IdP's answer, whether it kept
 * `code` and dropped `token` (RFC 7591 section 2) or refused the registration.
 */
const CREATE = /* GraphQL */ `
  mutation Create($input: CreateOAuthClientInput!) {
    createOAuthClient(input: $input) {
      __typename
      ... on CreateOAuthClientSuccess { client { id clientId clientSecret grantTypes responseTypes tokenEndpointAuthMethod idpDifferences { field message } } }
      ... on ValidationError { message fieldErrors { path message } }
      ... on IdpRegistrationError { error message path }
    }
  }
`;
const PUBLISH = /* GraphQL */ `
  mutation Publish($input: CreateCatalogueEntryInput!) {
    createCatalogueEntry(input: $input) { __typename ... on CreateCatalogueEntrySuccess { entry { id dcrOverride { responseTypes warnings { path message } } } } }
  }
`;
const SEED_TABLE = {
  enabled: true,
  provider: 'OTHER',
  grantTypes: ['authorization_code', 'client_credentials'],
  tokenEndpointAuthMethod: 'client_secret_post',
  responseTypes: ['code', 'token'],
};

let h: ApiHarness;
let developer: string;
/** An IdP that does not substitute: it refuses `token` as oidc-provider does by default. */
let strictIdp: Idp;

beforeAll(async () => {
  h = await startApiHarness();
  developer = await h.signInAs('developer');
  strictIdp = await createIdp({ issuer: 'http://127.0.0.1:0/oauth/v2/oauth-anonymous', dbPath: join(h.dataDir, 'strict-idp.db'), audience: 'http://127.0.0.1:8080' });
  await strictIdp.listen(0, '127.0.0.1');
});
afterAll(async () => {
  await strictIdp?.close();
  await h?.close();
});

async function catalogueId(publicName: string) {
  const { data } = await h.gql('{ catalogue { id publicName } }', {}, developer);
  return data!.catalogue.find((e: { publicName: string }) => e.publicName === publicName).id as string;
}

const input = (catalogueEntryId: string) => ({
  catalogueEntryIds: [catalogueEntryId],
  clientName: 'Seed Table App',
  redirectUris: ['http://localhost:7777', 'https://oauth.tools/callback/code'],
  idempotencyKey: crypto.randomUUID(),
});

describe('the seed guide table, entered exactly', () => {
  it('registers at an IdP that keeps `code` and drops `token`, and the client says what was not kept', async () => {
    const { data } = await h.gql(CREATE, { input: input(await catalogueId('Curity Demo API')) }, developer);
    expect(data!.createOAuthClient).toMatchObject({
      __typename: 'CreateOAuthClientSuccess',
      client: {
        grantTypes: ['authorization_code', 'client_credentials'],
        responseTypes: ['code'],
        tokenEndpointAuthMethod: 'client_secret_post',
        idpDifferences: [{ field: 'response_types', message: 'Asked for but not registered by the identity provider: response types token.' }],
      },
    });
    const { clientId, clientSecret } = data!.createOAuthClient.client;
    const token = await fetch(h.idp.endpoints.token, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
    });
    expect(token.status).toBe(200);
  });

  it("sends `token` as configured to an IdP that refuses it, and shows that IdP's error", async () => {
    const admin = await h.signInAs('admin');
    const policyId = (await h.db.policy.findUniqueOrThrow({ where: { name: 'Curity Policy' } })).id;
    const published = await h.gql(
      PUBLISH,
      {
        input: {
          publicName: 'Strict IdP API',
          policyId,
          visible: true,
          overrideGlobalSettings: true,
          dcr: { ...SEED_TABLE, identityProviderHost: strictIdp.issuer, clientRegistrationEndpoint: strictIdp.endpoints.registration },
        },
      },
      admin,
    );
    expect(published.data!.createCatalogueEntry.entry.dcrOverride).toMatchObject({
      responseTypes: ['code', 'token'],
      warnings: [{ path: 'responseTypes', message: expect.stringMatching(/RFC 7591 section 2\.1/) }],
    });

    const before = await h.db.oAuthClient.count();
    const { data } = await h.gql(CREATE, { input: input(await catalogueId('Strict IdP API')) }, developer);
    expect(data!.createOAuthClient).toEqual({
      __typename: 'IdpRegistrationError',
      error: 'invalid_client_metadata',
      message: expect.stringMatching(/response_types can only contain 'code'/),
      path: null,
    });
    expect(await h.db.oAuthClient.count()).toBe(before);
  });
});
