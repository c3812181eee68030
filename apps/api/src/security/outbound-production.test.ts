import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE, curityDemoApiId } from '../modules/oauth-clients/test-support/oauth-client-fixtures.ts';
import { startApiHarness, type ApiHarness } from '../test-support/api-harness.ts';

/**
 * ADR 008 in production mode: calls to identity providers go over https only. The embedded IdP
 * of the test answers on http://127.0.0.1, so every call to it must be refused before it is made,
 * and admins cannot save http endpoints the portal or the gateway would call.
 */

let h: ApiHarness;
let admin: string;
let developer: string;

beforeAll(async () => {
  h = await startApiHarness({ env: { GATEHOUSE_MODE: 'production' } });
  admin = await h.signInAs('admin');
  developer = await h.signInAs('developer');
}, 60_000);
afterAll(() => h?.close());

const FIELD_ERRORS = '__typename ... on ValidationError { fieldErrors { path message } }';

describe('outbound calls in production mode', () => {
  it('refuses to register a client at an http identity provider, says why, and leaves nothing behind', async () => {
    const { data } = await h.gql(
      CREATE,
      { input: { catalogueEntryIds: [await curityDemoApiId(h, developer)], clientName: 'Prod', redirectUris: ['https://app.example.com/cb'], idempotencyKey: crypto.randomUUID() } },
      developer,
    );
    expect(data!.createOAuthClient).toMatchObject({
      __typename: 'IdpRegistrationError',
      message: expect.stringMatching(/^The portal did not call the identity provider at 127\.0\.0\.1:\d+: http:\/\/127\.0\.0\.1:\d+ uses http; outside local mode the portal calls identity providers over https only\. Ask an admin/),
    });
    expect(await h.db.oAuthClient.count()).toBe(0);
    // Refused before any connection: no registration can have happened, so nothing is journalled.
    expect(await h.db.idpCleanup.count()).toBe(0);
  });

  it('refuses to save http DCR endpoints, naming the fields, and accepts https ones', async () => {
    const UPDATE = `mutation($input: UpdatePortalSettingsInput!) { updatePortalSettings(input: $input) { ${FIELD_ERRORS} } }`;
    const settings = (origin: string) => ({
      redirectUriSeparator: ';',
      signupEnabled: true,
      dcr: {
        enabled: true,
        provider: 'CURITY',
        grantTypes: ['client_credentials'],
        tokenEndpointAuthMethod: 'client_secret_basic',
        responseTypes: [],
        identityProviderHost: `${origin}/oauth/v2/oauth-anonymous`,
        clientRegistrationEndpoint: `${origin}/oauth/v2/oauth-registration`,
      },
    });
    const http = await h.gql(UPDATE, { input: settings('http://idsvr.example.com') }, admin);
    expect(http.data!.updatePortalSettings).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [
        { path: 'dcr.identityProviderHost', message: expect.stringMatching(/http:\/\/idsvr\.example\.com uses http; .* over https only/) },
        { path: 'dcr.clientRegistrationEndpoint', message: expect.stringMatching(/over https only/) },
      ],
    });
    const https = await h.gql(UPDATE, { input: settings('https://idsvr.example.com') }, admin);
    expect(https.data!.updatePortalSettings.__typename).toBe('UpdatePortalSettingsSuccess');
  });

  it('refuses an http JWKS URI for an API, which the gateway would fetch', async () => {
    const CREATE_API = `mutation($input: CreateApiInput!) { createApi(input: $input) { ${FIELD_ERRORS} } }`;
    const api = (jwksUri: string) => ({ name: `orders-${jwksUri.length}`, listenPath: `/orders-${jwksUri.length}/`, upstreamUrl: 'http://10.0.0.5:8080', jwksUri });
    const http = await h.gql(CREATE_API, { input: api('http://idsvr.example.com/jwks') }, admin);
    expect(http.data!.createApi).toEqual({ __typename: 'ValidationError', fieldErrors: [{ path: 'jwksUri', message: expect.stringMatching(/^JWKS URI: .* over https only/) }] });
    // Upstreams are the operator's own services, often plain http inside the network: allowed.
    const https = await h.gql(CREATE_API, { input: api('https://idsvr.example.com/oauth/v2/jwks') }, admin);
    expect(https.data!.createApi.__typename).toBe('CreateApiSuccess');
  });
});
