import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAdminOnly, type AdminOperation } from '../../test-support/admin-only.ts';
import { startApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';

const DCR_FIELDS =
  'enabled provider grantTypes tokenEndpointAuthMethod responseTypes identityProviderHost clientRegistrationEndpoint initialRegistrationAccessTokenSet warnings { path message }';
const ENTRY_FIELDS = `id publicName description visible dcrEnabled overrideGlobalSettings policy { name } dcrOverride { ${DCR_FIELDS} } effectiveDcr { source settings { ${DCR_FIELDS} } }`;
const CREATE = `mutation($input: CreateCatalogueEntryInput!) { createCatalogueEntry(input: $input) { __typename ... on CreateCatalogueEntrySuccess { entry { ${ENTRY_FIELDS} } } ... on ValidationError { fieldErrors { path message } } } }`;
const UPDATE = `mutation($input: UpdateCatalogueEntryInput!) { updateCatalogueEntry(input: $input) { __typename ... on UpdateCatalogueEntrySuccess { entry { ${ENTRY_FIELDS} } } ... on ValidationError { fieldErrors { path message } } } }`;
const DELETE = `mutation($input: DeleteCatalogueEntryInput!) { deleteCatalogueEntry(input: $input) { __typename ... on DeleteCatalogueEntrySuccess { deletedId } ... on InUseError { message usedBy { kind name } } } }`;
const ENTRIES = `{ catalogueEntries { edges { node { ${ENTRY_FIELDS} } } } }`;

let h: ApiHarness;
let admin: string;
let policyId: string;
let n = 0;

beforeAll(async () => {
  h = await startApiHarness();
  admin = await h.signInAs('admin');
  policyId = (await h.db.policy.findUniqueOrThrow({ where: { name: 'Curity Policy' } })).id;
});
afterAll(() => h?.close());

/** The seed guide's Settings tab, pointed at the embedded IdP, without the inconsistent Token response type. */
const seedDcr = (overrides: Record<string, unknown> = {}) => ({
  enabled: true,
  provider: 'OTHER',
  grantTypes: ['authorization_code', 'client_credentials'],
  tokenEndpointAuthMethod: 'client_secret_post',
  responseTypes: ['code'],
  identityProviderHost: h.idp.issuer,
  clientRegistrationEndpoint: `${h.idp.issuer}/oauth-registration`,
  ...overrides,
});

const entryInput = (overrides: Record<string, unknown> = {}) => ({
  publicName: `Orders API ${++n}`,
  description: 'Orders, invoices and refunds.',
  policyId,
  visible: true,
  overrideGlobalSettings: true,
  dcr: seedDcr(),
  ...overrides,
});

async function create(overrides: Record<string, unknown> = {}) {
  const { data } = await h.gql(CREATE, { input: entryInput(overrides) }, admin);
  expect(data!.createCatalogueEntry.__typename).toBe('CreateCatalogueEntrySuccess');
  return data!.createCatalogueEntry.entry;
}

describe('createCatalogueEntry (Add New API)', () => {
  it('publishes an API with its own DCR settings, and the override applies', async () => {
    const entry = await create({ publicName: 'Seed Demo API' });
    expect(entry).toMatchObject({
      publicName: 'Seed Demo API',
      visible: true,
      dcrEnabled: true,
      overrideGlobalSettings: true,
      policy: { name: 'Curity Policy' },
      dcrOverride: { provider: 'OTHER', grantTypes: ['authorization_code', 'client_credentials'], responseTypes: ['code'], initialRegistrationAccessTokenSet: false, warnings: [] },
      effectiveDcr: { source: 'OVERRIDE', settings: { clientRegistrationEndpoint: `${h.idp.issuer}/oauth-registration` } },
    });
  });

  it('uses the global settings when Override global settings is not ticked, and says so', async () => {
    const entry = await create({ overrideGlobalSettings: false, dcr: null });
    expect(entry.dcrOverride).toBeNull();
    expect(entry.effectiveDcr.source).toBe('GLOBAL');
    // The demo's global settings are the defaults: disabled, so developers cannot pick the API.
    expect(entry.effectiveDcr.settings.enabled).toBe(false);
    expect(entry.dcrEnabled).toBe(false);
  });

  it('keeps an unticked override but applies the global settings', async () => {
    const entry = await create({ overrideGlobalSettings: false });
    expect(entry.dcrOverride.enabled).toBe(true);
    expect(entry.effectiveDcr.source).toBe('GLOBAL');
  });

  it('lets developers see a shown API and not a hidden one', async () => {
    const hidden = await create({ visible: false });
    const developer = await h.signInAs('developer');
    const { data } = await h.gql('{ catalogue { id } }', {}, developer);
    expect(data!.catalogue.map((e: { id: string }) => e.id)).not.toContain(hidden.id);
  });

  it.each([
    ['Authorization Code grant without its response type', { responseTypes: [] }, 'dcr.responseTypes', /needs the Authorization Code response type/],
    ['no grant type while enabled', { grantTypes: [], responseTypes: [] }, 'dcr.grantTypes', /at least one grant type/],
    ['a relative registration endpoint', { clientRegistrationEndpoint: '/oauth-registration' }, 'dcr.clientRegistrationEndpoint', /absolute URL/],
    ['a non-http identity provider host', { identityProviderHost: 'ldap://idp.example' }, 'dcr.identityProviderHost', /https:\/\/ or http:\/\//],
    ['no registration endpoint while enabled', { clientRegistrationEndpoint: null }, 'dcr.clientRegistrationEndpoint', /Enter the Client Registration Endpoint/],
    ['Okta without an API token', { provider: 'OKTA' }, 'dcr.initialRegistrationAccessToken', /Okta registers clients only with an API token/],
    ['Keycloak without an initial access token', { provider: 'KEYCLOAK' }, 'dcr.initialRegistrationAccessToken', /Keycloak registers clients only with an initial access token/],
    ['client credentials for a public client', { tokenEndpointAuthMethod: 'none' }, 'dcr.tokenEndpointAuthMethod', /needs a client secret/],
    ['a refresh token grant without the authorization code grant', { grantTypes: ['client_credentials', 'refresh_token'], responseTypes: [] }, 'dcr.grantTypes', /only issued with/],
  ])('refuses %s, with the error next to the field', async (_name, dcr, path, message) => {
    const before = await h.db.catalogueEntry.count();
    const { data } = await h.gql(CREATE, { input: entryInput({ dcr: seedDcr(dcr) }) }, admin);
    expect(data!.createCatalogueEntry.__typename).toBe('ValidationError');
    expect(data!.createCatalogueEntry.fieldErrors).toEqual([{ path, message: expect.stringMatching(message) }]);
    expect(await h.db.catalogueEntry.count()).toBe(before);
  });

  it('accepts Okta and Keycloak once their token is given', async () => {
    for (const provider of ['OKTA', 'KEYCLOAK']) {
      const entry = await create({ dcr: seedDcr({ provider, initialRegistrationAccessToken: 'provider-token-123' }) });
      expect(entry.dcrOverride).toMatchObject({ provider, initialRegistrationAccessTokenSet: true });
    }
  });

  it('saves the seed guide table exactly (Token without Implicit), with a warning naming RFC 7591 section 2.1', async () => {
    const entry = await create({ dcr: seedDcr({ responseTypes: ['code', 'token'] }) });
    expect(entry.dcrOverride).toMatchObject({ responseTypes: ['code', 'token'] });
    expect(entry.dcrOverride.warnings).toEqual([
      { path: 'responseTypes', message: expect.stringMatching(/Token response type goes with the Implicit grant type.*RFC 7591 section 2\.1.*may drop "token".*or refuse it/) },
    ]);
  });

  it('warns about, but saves, the implicit grant (RFC 9700)', async () => {
    const entry = await create({ dcr: seedDcr({ grantTypes: ['authorization_code', 'implicit'], responseTypes: ['code', 'token'] }) });
    expect(entry.dcrOverride.warnings).toEqual([{ path: 'grantTypes', message: expect.stringMatching(/RFC 9700/) }]);
  });

  it('asks for DCR settings when overriding without any', async () => {
    const { data } = await h.gql(CREATE, { input: entryInput({ dcr: null }) }, admin);
    expect(data!.createCatalogueEntry.fieldErrors).toEqual([{ path: 'dcr', message: expect.stringMatching(/Fill in the Dynamic Client Registration settings/) }]);
  });

  it('refuses a public name that is taken and a missing policy', async () => {
    const { data } = await h.gql(CREATE, { input: entryInput({ publicName: 'Curity Demo API', policyId: 'gone' }) }, admin);
    expect(data!.createCatalogueEntry.fieldErrors).toEqual([
      { path: 'publicName', message: 'Curity Demo API is in the catalogue already.' },
      { path: 'policyId', message: expect.stringMatching(/no longer exists/) },
    ]);
  });
});

describe('the Initial Registration Access Token is write-only', () => {
  const TOKEN = 'iat-4f1c2a9e-never-shown';

  it('is stored encrypted, shown only as set, replaceable and clearable, and never in the audit log', async () => {
    const entry = await create({ dcr: seedDcr({ initialRegistrationAccessToken: TOKEN }) });
    expect(entry.dcrOverride.initialRegistrationAccessTokenSet).toBe(true);
    const row = await h.db.catalogueEntry.findUniqueOrThrow({ where: { id: entry.id }, include: { dcrOverride: true } });
    expect(row.dcrOverride!.initialAccessTokenEnc).toMatch(/^v1\./);
    expect(h.api.services.secrets.open(row.dcrOverride!.initialAccessTokenEnc!)).toBe(TOKEN);

    // Saving without a token keeps it.
    const base = { id: entry.id, publicName: entry.publicName, description: '', policyId, visible: true, overrideGlobalSettings: true };
    let saved = (await h.gql(UPDATE, { input: { ...base, dcr: seedDcr() } }, admin)).data!.updateCatalogueEntry.entry;
    expect(saved.dcrOverride.initialRegistrationAccessTokenSet).toBe(true);

    // Replacing stores the new one.
    saved = (await h.gql(UPDATE, { input: { ...base, dcr: seedDcr({ initialRegistrationAccessToken: `${TOKEN}-2` }) } }, admin)).data!.updateCatalogueEntry.entry;
    const replaced = await h.db.dcrSettings.findUniqueOrThrow({ where: { id: row.dcrOverrideId! } });
    expect(h.api.services.secrets.open(replaced.initialAccessTokenEnc!)).toBe(`${TOKEN}-2`);

    // Giving one and clearing at once is refused.
    const both = await h.gql(UPDATE, { input: { ...base, dcr: seedDcr({ initialRegistrationAccessToken: 'x', clearInitialRegistrationAccessToken: true }) } }, admin);
    expect(both.data!.updateCatalogueEntry.fieldErrors).toEqual([{ path: 'dcr.initialRegistrationAccessToken', message: expect.stringMatching(/not both/) }]);

    // Clearing removes it.
    saved = (await h.gql(UPDATE, { input: { ...base, dcr: seedDcr({ clearInitialRegistrationAccessToken: true }) } }, admin)).data!.updateCatalogueEntry.entry;
    expect(saved.dcrOverride.initialRegistrationAccessTokenSet).toBe(false);
    expect((await h.db.dcrSettings.findUniqueOrThrow({ where: { id: row.dcrOverrideId! } })).initialAccessTokenEnc).toBeNull();

    const events = await h.db.auditEvent.findMany({ where: { targetId: entry.id } });
    expect(events.map((e) => JSON.parse(e.detailsJson).initialRegistrationAccessTokenChange)).toEqual(['replaced', 'unchanged', 'replaced', 'cleared']);
    for (const event of events) expect(event.detailsJson).not.toMatch(/iat-4f1c2a9e|v1\./);
  });

  it('comes back from no query, to admins or developers, and is nowhere in the database file as plain text', async () => {
    await create({ dcr: seedDcr({ initialRegistrationAccessToken: TOKEN }) });
    const portalSettings = `{ portalSettings { dcr { ${DCR_FIELDS} } } }`;
    const audit = '{ auditEvents(first: 100) { edges { node { action details } } } }';
    for (const query of [ENTRIES, portalSettings, audit]) {
      const text = JSON.stringify(await h.gql(query, {}, admin));
      expect(text).not.toContain(TOKEN);
      expect(text).not.toMatch(/"v1\./);
    }
    const developer = await h.signInAs('developer');
    expect(JSON.stringify(await h.gql('{ catalogue { id publicName dcrEnabled } }', {}, developer))).not.toContain(TOKEN);
    expect((await h.everythingStored()).includes(TOKEN)).toBe(false);

    // No field of the schema can carry it: DcrSettings shows only whether one is set.
    const { data } = await h.gql('{ __type(name: "DcrSettings") { fields { name } } }', {}, admin);
    const names = data!.__type.fields.map((f: { name: string }) => f.name);
    expect(names.filter((name: string) => /accesstoken/i.test(name))).toEqual(['initialRegistrationAccessTokenSet']);
  });
});

describe('updateCatalogueEntry and deleteCatalogueEntry', () => {
  it('hides an API (show or hide) and records the change', async () => {
    const entry = await create();
    const { data } = await h.gql(
      UPDATE,
      { input: { id: entry.id, publicName: entry.publicName, description: 'x', policyId, visible: false, overrideGlobalSettings: true } },
      admin,
    );
    expect(data!.updateCatalogueEntry.entry.visible).toBe(false);
    const event = await h.db.auditEvent.findFirstOrThrow({ where: { action: 'catalogue_entry.updated', targetId: entry.id } });
    expect(JSON.parse(event.detailsJson).changes).toEqual({
      visible: { from: true, to: false },
      description: { from: 'Orders, invoices and refunds.', to: 'x' },
    });
  });

  it('refuses to delete an API that has OAuth clients, naming them', async () => {
    const developer = await h.signInAs('developer');
    const curityDemo = await h.db.catalogueEntry.findUniqueOrThrow({ where: { publicName: 'Curity Demo API' } });
    const created = await h.gql(
      'mutation($input: CreateOAuthClientInput!) { createOAuthClient(input: $input) { __typename } }',
      { input: { catalogueEntryIds: [curityDemo.id], clientName: 'Billing App', redirectUris: ['https://app.example/cb'], idempotencyKey: crypto.randomUUID() } },
      developer,
    );
    expect(created.data!.createOAuthClient.__typename).toBe('CreateOAuthClientSuccess');
    const { data } = await h.gql(DELETE, { input: { id: curityDemo.id } }, admin);
    expect(data!.deleteCatalogueEntry).toMatchObject({
      __typename: 'InUseError',
      message: expect.stringMatching(/^Curity Demo API is used by OAuth clients? .*Billing App.*; hide it instead/),
      usedBy: expect.arrayContaining([{ kind: 'OAUTH_CLIENT', name: 'Billing App' }]),
    });
  });

  it('deletes an API without clients, with its override settings', async () => {
    const entry = await create();
    const row = await h.db.catalogueEntry.findUniqueOrThrow({ where: { id: entry.id } });
    const { data } = await h.gql(DELETE, { input: { id: entry.id } }, admin);
    expect(data!.deleteCatalogueEntry).toEqual({ __typename: 'DeleteCatalogueEntrySuccess', deletedId: entry.id });
    expect(await h.db.dcrSettings.count({ where: { id: row.dcrOverrideId! } })).toBe(0);
  });
});

describe('admin only', () => {
  const operations: AdminOperation[] = [
    { name: 'catalogueEntries', query: '{ catalogueEntries { edges { node { id } } } }' },
    { name: 'catalogueEntry', query: 'query($id: ID!) { catalogueEntry(id: $id) { id } }', variables: () => ({ id: 'x' }) },
    { name: 'createCatalogueEntry', query: CREATE, variables: () => ({ input: entryInput() }) },
    { name: 'updateCatalogueEntry', query: UPDATE, variables: () => ({ input: { ...entryInput(), id: 'x' } }) },
    { name: 'deleteCatalogueEntry', query: DELETE, variables: () => ({ input: { id: 'x' } }) },
  ];
  it.each(operations)('$name: developers get FORBIDDEN, anonymous callers UNAUTHENTICATED', (op) => expectAdminOnly(h, op));

  it('keeps how DCR is configured from developers reading the catalogue', async () => {
    const developer = await h.signInAs('developer');
    const result = await h.gql('{ catalogue { publicName effectiveDcr { source } } }', {}, developer);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const allowed = await h.gql('{ catalogue { publicName dcrEnabled } }', {}, developer);
    expect(allowed.errors).toBeUndefined();
  });
});
