import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';

const DISCOVER = `query($url: String!) { discoverIdentityProvider(url: $url) {
  __typename
  ... on IdentityProviderDiscovery { discoveryUrl issuer jwksUri registrationEndpoint tokenEndpoint grantTypesSupported responseTypesSupported tokenEndpointAuthMethodsSupported claimsSupported tokenVendor suggestedIdentitySource suggestedAudience warnings }
  ... on DiscoveryFailedError { message }
  ... on ValidationError { fieldErrors { path message } }
} }`;

let h: ApiHarness;
let admin: string;
/** An IdP whose discovery document each test sets (by default one that names another issuer). */
let impostorDoc: Record<string, unknown> = { issuer: 'https://elsewhere.example' };
const impostor = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(impostorDoc));
});
let impostorUrl = '';
/** An Okta-shaped custom authorization server: issuer under /oauth2/default. */
const okta = createServer((_req, res) => {
  const issuer = `${oktaUrl}/oauth2/default`;
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/v1/keys`, claims_supported: ['iss', 'ver', 'sub', 'aud', 'iat', 'exp', 'jti', 'auth_time', 'cid', 'uid'] }));
});
let oktaUrl = '';

beforeAll(async () => {
  h = await startApiHarness();
  admin = await h.signInAs('admin');
  await new Promise<void>((r) => impostor.listen(0, '127.0.0.1', r));
  impostorUrl = `http://127.0.0.1:${(impostor.address() as AddressInfo).port}`;
  await new Promise<void>((r) => okta.listen(0, '127.0.0.1', r));
  oktaUrl = `http://127.0.0.1:${(okta.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => impostor.close(() => r()));
  await new Promise<void>((r) => okta.close(() => r()));
  await h?.close();
});

describe('discoverIdentityProvider (Discover)', () => {
  it('reads the embedded IdP from its issuer URL: JWKS URI, registration endpoint and what it supports', async () => {
    const { data } = await h.gql(DISCOVER, { url: h.idp.issuer }, admin);
    expect(data!.discoverIdentityProvider).toMatchObject({
      __typename: 'IdentityProviderDiscovery',
      discoveryUrl: `${h.idp.issuer}/.well-known/openid-configuration`,
      issuer: h.idp.issuer,
      jwksUri: `${h.idp.issuer}/jwks`,
      registrationEndpoint: `${h.idp.issuer}/oauth-registration`,
      tokenEndpoint: h.idp.endpoints.token,
      warnings: [],
    });
    expect(data!.discoverIdentityProvider.grantTypesSupported).toEqual(expect.arrayContaining(['authorization_code', 'client_credentials']));
  });

  it("recognises Okta's default authorization server: proposes cid, api://default, and lists the claims its tokens carry", async () => {
    const { data } = await h.gql(DISCOVER, { url: `${oktaUrl}/oauth2/default` }, admin);
    expect(data!.discoverIdentityProvider).toMatchObject({
      tokenVendor: 'OKTA',
      suggestedIdentitySource: ['cid'],
      suggestedAudience: 'api://default',
      warnings: [expect.stringMatching(/no registration_endpoint/)],
    });
    expect(data!.discoverIdentityProvider.claimsSupported).toContain('cid');
  });

  it('suggests nothing for an issuer it does not recognise', async () => {
    const { data } = await h.gql(DISCOVER, { url: impostorUrl }, admin);
    expect(data!.discoverIdentityProvider).toMatchObject({ tokenVendor: null, suggestedIdentitySource: null, suggestedAudience: null, claimsSupported: [] });
  });

  it('takes the .well-known URL as well', async () => {
    const { data } = await h.gql(DISCOVER, { url: `${h.idp.issuer}/.well-known/openid-configuration` }, admin);
    expect(data!.discoverIdentityProvider.jwksUri).toBe(`${h.idp.issuer}/jwks`);
  });

  it.each([
    ['jwks_uri', 'javascript:alert(1)', /its jwks_uri must start with https:\/\/ or http:\/\//],
    ['token_endpoint', { url: 'https://idp.example/token' }, /its token_endpoint must be a string/],
  ])('refuses a document whose %s is %j, naming the field', async (field, value, message) => {
    impostorDoc = { issuer: 'https://elsewhere.example', [field]: value };
    const { data } = await h.gql(DISCOVER, { url: impostorUrl }, admin);
    expect(data!.discoverIdentityProvider).toEqual({ __typename: 'DiscoveryFailedError', message: expect.stringMatching(message) });
  });

  it('warns when the document names another issuer and has no endpoints', async () => {
    impostorDoc = { issuer: 'https://elsewhere.example' };
    const { data } = await h.gql(DISCOVER, { url: impostorUrl }, admin);
    expect(data!.discoverIdentityProvider).toMatchObject({ issuer: 'https://elsewhere.example', jwksUri: null, registrationEndpoint: null });
    expect(data!.discoverIdentityProvider.warnings).toEqual([
      expect.stringMatching(/names the issuer https:\/\/elsewhere.example/),
      expect.stringMatching(/no usable jwks_uri/),
      expect.stringMatching(/no registration_endpoint/),
    ]);
  });

  it('says what went wrong when nothing answers, and refuses what is not an http(s) URL', async () => {
    const down = await h.gql(DISCOVER, { url: 'http://127.0.0.1:9/oauth' }, admin);
    expect(down.data!.discoverIdentityProvider).toEqual({ __typename: 'DiscoveryFailedError', message: expect.stringMatching(/could not be reached/) });
    const invalid = await h.gql(DISCOVER, { url: 'idp.example.com' }, admin);
    expect(invalid.data!.discoverIdentityProvider.fieldErrors).toEqual([{ path: 'url', message: expect.stringMatching(/absolute URL/) }]);
  });
});
