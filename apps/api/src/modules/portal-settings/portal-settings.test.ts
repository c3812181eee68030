import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAdminOnly, type AdminOperation } from '../../test-support/admin-only.ts';
import { startApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';

const DCR_FIELDS = 'enabled provider grantTypes tokenEndpointAuthMethod responseTypes identityProviderHost clientRegistrationEndpoint initialRegistrationAccessTokenSet';
const SETTINGS = `{ portalSettings { redirectUriSeparator signupEnabled dcr { ${DCR_FIELDS} } } }`;
const UPDATE = `mutation($input: UpdatePortalSettingsInput!) { updatePortalSettings(input: $input) { __typename ... on UpdatePortalSettingsSuccess { settings { redirectUriSeparator signupEnabled dcr { ${DCR_FIELDS} warnings { path message } } } } ... on ValidationError { fieldErrors { path message } } } }`;

let h: ApiHarness;
let admin: string;

beforeAll(async () => {
  h = await startApiHarness();
  admin = await h.signInAs('admin');
});
afterAll(() => h?.close());

const input = (overrides: Record<string, unknown> = {}, dcr: Record<string, unknown> = {}) => ({
  redirectUriSeparator: ';',
  signupEnabled: true,
  dcr: {
    enabled: true,
    provider: 'CURITY',
    grantTypes: ['authorization_code', 'client_credentials'],
    tokenEndpointAuthMethod: 'client_secret_basic',
    responseTypes: ['code'],
    identityProviderHost: h.idp.issuer,
    clientRegistrationEndpoint: `${h.idp.issuer}/oauth-registration`,
    ...dcr,
  },
  ...overrides,
});

describe('portal settings', () => {
  it('start with the seed’s separator, self sign-up on and global DCR off', async () => {
    const { data } = await h.gql(SETTINGS, {}, admin);
    expect(data!.portalSettings).toMatchObject({ redirectUriSeparator: ';', signupEnabled: true, dcr: { enabled: false, initialRegistrationAccessTokenSet: false } });
  });

  it('saves the separator, sign-up and the global DCR settings, which catalogue APIs without an override then use', async () => {
    const { data } = await h.gql(UPDATE, { input: input({ redirectUriSeparator: ',', signupEnabled: false }, { initialRegistrationAccessToken: 'global-token-1' }) }, admin);
    expect(data!.updatePortalSettings.settings).toMatchObject({
      redirectUriSeparator: ',',
      signupEnabled: false,
      dcr: { enabled: true, provider: 'CURITY', initialRegistrationAccessTokenSet: true },
    });
    const developer = await h.signInAs('developer');
    expect((await h.gql('{ redirectUriSeparator }', {}, developer)).data).toEqual({ redirectUriSeparator: ',' });

    const policy = await h.db.policy.findFirstOrThrow();
    const created = await h.gql(
      'mutation($input: CreateCatalogueEntryInput!) { createCatalogueEntry(input: $input) { ... on CreateCatalogueEntrySuccess { entry { dcrEnabled effectiveDcr { source settings { provider } } } } } }',
      { input: { publicName: 'Uses global', policyId: policy.id, visible: true, overrideGlobalSettings: false } },
      admin,
    );
    expect(created.data!.createCatalogueEntry.entry).toEqual({ dcrEnabled: true, effectiveDcr: { source: 'GLOBAL', settings: { provider: 'CURITY' } } });

    const event = await h.db.auditEvent.findFirstOrThrow({ where: { action: 'portal_settings.updated' }, orderBy: { createdAt: 'desc' } });
    const details = JSON.parse(event.detailsJson);
    expect(details.changes).toMatchObject({ redirectUriSeparator: { from: ';', to: ',' }, signupEnabled: { from: true, to: false } });
    expect(details.initialRegistrationAccessTokenChange).toBe('replaced');
    expect(event.detailsJson).not.toContain('global-token-1');
  });

  it.each([
    [{ redirectUriSeparator: '/' }, {}, 'redirectUriSeparator', /Choose one of ;, ,, \|, a space/],
    [{}, { responseTypes: [] }, 'dcr.responseTypes', /Authorization Code grant type needs the Authorization Code response type/],
    [{}, { clientRegistrationEndpoint: 'idp/register' }, 'dcr.clientRegistrationEndpoint', /absolute URL/],
    [{}, { provider: 'OKTA', clearInitialRegistrationAccessToken: true }, 'dcr.initialRegistrationAccessToken', /Okta registers clients only with an API token/],
  ])('refuses %o %o with an error at %s', async (overrides, dcr, path, message) => {
    const { data } = await h.gql(UPDATE, { input: input(overrides, dcr) }, admin);
    expect(data!.updatePortalSettings.fieldErrors).toEqual([{ path, message: expect.stringMatching(message) }]);
  });

  it('keeps a stored token that satisfies Keycloak when saved without one', async () => {
    await h.gql(UPDATE, { input: input({}, { initialRegistrationAccessToken: 'keycloak-iat' }) }, admin);
    const { data } = await h.gql(UPDATE, { input: input({}, { provider: 'KEYCLOAK' }) }, admin);
    expect(data!.updatePortalSettings.settings.dcr).toMatchObject({ provider: 'KEYCLOAK', initialRegistrationAccessTokenSet: true });
  });
});

describe('admin only', () => {
  const operations: AdminOperation[] = [
    { name: 'portalSettings', query: SETTINGS },
    { name: 'updatePortalSettings', query: UPDATE, variables: () => ({ input: input() }) },
  ];
  it.each(operations)('$name: developers get FORBIDDEN, anonymous callers UNAUTHENTICATED', (op) => expectAdminOnly(h, op));

  it('gives the redirect URI separator to signed-in users only', async () => {
    expect((await h.gql('{ redirectUriSeparator }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
