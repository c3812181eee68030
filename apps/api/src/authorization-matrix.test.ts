import { buildSchema } from 'graphql';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createApiToken, postGql } from './modules/api-tokens/test-support/api-token-client.ts';
import { typeDefs } from './server/schema-modules.ts';
import { DEMO_NAMES } from './seed/demo-accounts.ts';
import { startApiHarness, type ApiHarness } from './test-support/api-harness.ts';

/**
 * Issue 6 / issue 7: every GraphQL operation, tried as every kind of caller. The rows come from
 * the schema itself, so a new query or mutation without a row here fails the test. "Another
 * developer" always aims at the first developer's objects by their real IDs (as if guessed).
 */
const ROLES = ['anonymous', 'developer', 'otherDeveloper', 'admin', 'adminToken', 'readOnlyToken', 'developerToken'] as const;
type Role = (typeof ROLES)[number];
/** `ok`: the operation ran (its payload may still be a ValidationError); otherwise the error code. */
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
type Expected = Record<Role, Outcome>;

interface Fixtures {
  apiId: string;
  policyId: string;
  entryId: string;
  developerId: string;
  bystanderId: string;
  /** The first developer's client. */
  clientId: string;
  /** A new client of the first developer, for operations that remove it. */
  freshClient(): Promise<string>;
  spareTokenId: string;
}

interface Row {
  document: string;
  variables?: (f: Fixtures) => Promise<Record<string, unknown>> | Record<string, unknown>;
  expect: Expected;
  /** Session callers get a new session for this row (signOut ends it). */
  freshSession?: boolean;
}

const all = (outcome: Outcome): Expected => Object.fromEntries(ROLES.map((r) => [r, outcome])) as Expected;
const PUBLIC_QUERY = all('ok');
/** Mutations anyone may call, but not with a token: they act on the signed-in session. */
const SESSION_ONLY: Expected = { ...all('ok'), adminToken: 'FORBIDDEN', readOnlyToken: 'FORBIDDEN', developerToken: 'FORBIDDEN' };
const SIGNED_IN_QUERY: Expected = { ...all('ok'), anonymous: 'UNAUTHENTICATED' };
const ADMIN_QUERY: Expected = { anonymous: 'UNAUTHENTICATED', developer: 'FORBIDDEN', otherDeveloper: 'FORBIDDEN', admin: 'ok', adminToken: 'ok', readOnlyToken: 'ok', developerToken: 'FORBIDDEN' };
const ADMIN_MUTATION: Expected = { ...ADMIN_QUERY, readOnlyToken: 'FORBIDDEN' };
/** The first developer's client: its owner only; another developer cannot tell it exists, an admin sees but may not use it. */
const OWNER_ONLY: Expected = { anonymous: 'UNAUTHENTICATED', developer: 'ok', otherDeveloper: 'NOT_FOUND', admin: 'FORBIDDEN', adminToken: 'FORBIDDEN', readOnlyToken: 'FORBIDDEN', developerToken: 'ok' };
/** Read or delete the first developer's client: the owner and admins. */
const OWNER_OR_ADMIN_READ: Expected = { anonymous: 'UNAUTHENTICATED', developer: 'ok', otherDeveloper: 'NOT_FOUND', admin: 'ok', adminToken: 'ok', readOnlyToken: 'ok', developerToken: 'ok' };
const GUESSED = 'cguessed0000000000000000';

const MATRIX: Record<string, Row> = {
  // Queries
  health: { document: '{ health }', expect: PUBLIC_QUERY },
  signUpEnabled: { document: '{ signUpEnabled }', expect: PUBLIC_QUERY },
  me: { document: '{ me { id } }', expect: PUBLIC_QUERY },
  catalogue: { document: '{ catalogue { id } }', expect: SIGNED_IN_QUERY },
  publishedApis: { document: '{ publishedApis(first: 5, search: "demo") { edges { node { id } } } }', expect: SIGNED_IN_QUERY },
  publishedApi: { document: 'query($id: ID!) { publishedApi(id: $id) { id } }', variables: (f) => ({ id: f.entryId }), expect: SIGNED_IN_QUERY },
  redirectUriSeparator: { document: '{ redirectUriSeparator }', expect: SIGNED_IN_QUERY },
  portalSettings: { document: '{ portalSettings { redirectUriSeparator } }', expect: ADMIN_QUERY },
  myOAuthClients: { document: '{ myOAuthClients { edges { node { id } } } }', expect: SIGNED_IN_QUERY },
  myIdpConsents: { document: '{ myIdpConsents { clientId } }', expect: SIGNED_IN_QUERY },
  idpSigningKeys: { document: '{ idpSigningKeys { kid state } }', expect: ADMIN_QUERY },
  apiTokens: { document: '{ apiTokens { edges { node { id } } } }', expect: SIGNED_IN_QUERY },
  oauthClient: { document: 'query($id: ID!) { oauthClient(id: $id) { id clientSecret } }', variables: (f) => ({ id: f.clientId }), expect: OWNER_OR_ADMIN_READ },
  apiUsageOverTime: { document: 'query($id: ID!) { apiUsageOverTime(apiId: $id) { __typename } }', variables: (f) => ({ id: f.apiId }), expect: SIGNED_IN_QUERY },
  api: { document: 'query($id: ID!) { api(id: $id) { id } }', variables: (f) => ({ id: f.apiId }), expect: ADMIN_QUERY },
  apis: { document: '{ apis { edges { node { id } } } }', expect: ADMIN_QUERY },
  auditEvents: { document: '{ auditEvents { edges { node { id } } } }', expect: ADMIN_QUERY },
  catalogueEntries: { document: '{ catalogueEntries { edges { node { id } } } }', expect: ADMIN_QUERY },
  catalogueEntry: { document: 'query($id: ID!) { catalogueEntry(id: $id) { id } }', variables: (f) => ({ id: f.entryId }), expect: ADMIN_QUERY },
  developer: { document: 'query($id: ID!) { developer(id: $id) { id } }', variables: (f) => ({ id: f.developerId }), expect: ADMIN_QUERY },
  developers: { document: '{ developers { edges { node { id } } } }', expect: ADMIN_QUERY },
  discoverIdentityProvider: { document: '{ discoverIdentityProvider(url: "not a url") { __typename } }', expect: ADMIN_QUERY },
  idpCleanups: { document: '{ idpCleanups { edges { node { id } } } }', expect: ADMIN_QUERY },
  oauthClients: { document: '{ oauthClients { edges { node { id } } } }', expect: ADMIN_QUERY },
  policies: { document: '{ policies { edges { node { id } } } }', expect: ADMIN_QUERY },
  policy: { document: 'query($id: ID!) { policy(id: $id) { id } }', variables: (f) => ({ id: f.policyId }), expect: ADMIN_QUERY },

  // Mutations: inputs that pass GraphQL validation but change nothing (invalid values, objects in use)
  _noop: { document: 'mutation { _noop }', expect: { ...all('ok'), readOnlyToken: 'FORBIDDEN' } },
  signIn: { document: 'mutation { signIn(input: { email: "nobody@example.com", password: "wrong" }) { __typename } }', expect: SESSION_ONLY },
  signUp: { document: 'mutation { signUp(input: { name: "", email: "", password: "" }) { __typename } }', expect: SESSION_ONLY },
  signOut: { document: 'mutation { signOut { signedOut } }', expect: SESSION_ONLY, freshSession: true },
  changePassword: {
    document: 'mutation { changePassword(input: { currentPassword: "not-the-password", newPassword: "a-new-password-1" }) { __typename } }',
    expect: { ...SESSION_ONLY, anonymous: 'UNAUTHENTICATED' },
  },
  createApiToken: { document: 'mutation { createApiToken(input: { name: "" }) { __typename } }', expect: { ...SESSION_ONLY, anonymous: 'UNAUTHENTICATED' } },
  revokeApiToken: {
    document: 'mutation($id: ID!) { revokeApiToken(input: { id: $id }) { apiToken { id } } }',
    variables: (f) => ({ id: f.spareTokenId }),
    expect: { anonymous: 'UNAUTHENTICATED', developer: 'NOT_FOUND', otherDeveloper: 'NOT_FOUND', admin: 'ok', adminToken: 'ok', readOnlyToken: 'FORBIDDEN', developerToken: 'NOT_FOUND' },
  },
  // Acts on the signed-in account, like changePassword; nobody here consented to this client.
  revokeIdpConsent: {
    document: 'mutation { revokeIdpConsent(input: { clientId: "never-consented" }) { clientId } }',
    expect: { anonymous: 'UNAUTHENTICATED', developer: 'NOT_FOUND', otherDeveloper: 'NOT_FOUND', admin: 'NOT_FOUND', adminToken: 'FORBIDDEN', readOnlyToken: 'FORBIDDEN', developerToken: 'FORBIDDEN' },
  },
  rotateIdpSigningKeys: { document: 'mutation { rotateIdpSigningKeys { signingKid } }', expect: ADMIN_MUTATION },
  addDeveloper: { document: 'mutation { addDeveloper(input: { name: "", email: "x", password: "short" }) { __typename } }', expect: ADMIN_MUTATION },
  deactivateDeveloper: {
    document: 'mutation($id: ID!) { deactivateDeveloper(input: { id: $id }) { developer { id } } }',
    variables: (f) => ({ id: f.bystanderId }),
    expect: ADMIN_MUTATION,
  },
  reactivateDeveloper: {
    document: 'mutation($id: ID!) { reactivateDeveloper(input: { id: $id }) { developer { id } } }',
    variables: (f) => ({ id: f.bystanderId }),
    expect: ADMIN_MUTATION,
  },
  createApi: { document: 'mutation { createApi(input: { name: "", listenPath: "", upstreamUrl: "", jwksUri: "" }) { __typename } }', expect: ADMIN_MUTATION },
  updateApi: {
    document: 'mutation($id: ID!) { updateApi(input: { id: $id, name: "", listenPath: "", upstreamUrl: "", jwksUri: "", active: true }) { __typename } }',
    variables: (f) => ({ id: f.apiId }),
    expect: ADMIN_MUTATION,
  },
  deleteApi: { document: 'mutation($id: ID!) { deleteApi(input: { id: $id }) { __typename } }', variables: (f) => ({ id: f.apiId }), expect: ADMIN_MUTATION },
  createPolicy: { document: 'mutation { createPolicy(input: { name: "", apiIds: [] }) { __typename } }', expect: ADMIN_MUTATION },
  updatePolicy: {
    document: 'mutation($id: ID!) { updatePolicy(input: { id: $id, name: "", apiIds: [], active: true }) { __typename } }',
    variables: (f) => ({ id: f.policyId }),
    expect: ADMIN_MUTATION,
  },
  deletePolicy: { document: 'mutation($id: ID!) { deletePolicy(input: { id: $id }) { __typename } }', variables: (f) => ({ id: f.policyId }), expect: ADMIN_MUTATION },
  createCatalogueEntry: { document: 'mutation { createCatalogueEntry(input: { publicName: "", policyId: "x" }) { __typename } }', expect: ADMIN_MUTATION },
  updateCatalogueEntry: {
    document: 'mutation($id: ID!, $policyId: ID!) { updateCatalogueEntry(input: { id: $id, publicName: "", policyId: $policyId, visible: true, overrideGlobalSettings: false }) { __typename } }',
    variables: (f) => ({ id: f.entryId, policyId: f.policyId }),
    expect: ADMIN_MUTATION,
  },
  deleteCatalogueEntry: { document: 'mutation($id: ID!) { deleteCatalogueEntry(input: { id: $id }) { __typename } }', variables: (f) => ({ id: f.entryId }), expect: ADMIN_MUTATION },
  updatePortalSettings: {
    document:
      'mutation { updatePortalSettings(input: { redirectUriSeparator: "", signupEnabled: true, dcr: { enabled: true, provider: OTHER, grantTypes: [], responseTypes: [], tokenEndpointAuthMethod: client_secret_basic } }) { __typename } }',
    expect: ADMIN_MUTATION,
  },
  resolveIdpCleanup: {
    document: 'mutation($id: ID!) { resolveIdpCleanup(input: { id: $id, action: DISMISS }) { __typename } }',
    variables: () => ({ id: GUESSED }),
    expect: { ...ADMIN_MUTATION, admin: 'NOT_FOUND', adminToken: 'NOT_FOUND' },
  },
  createOAuthClient: {
    document: 'mutation($key: String!) { createOAuthClient(input: { catalogueEntryIds: [], clientName: "", redirectUris: [], idempotencyKey: $key }) { __typename } }',
    variables: () => ({ key: randomUUID() }),
    // Developers create their own clients; admins do not own clients (integrators use developerId, see below).
    expect: { anonymous: 'UNAUTHENTICATED', developer: 'ok', otherDeveloper: 'ok', admin: 'FORBIDDEN', adminToken: 'FORBIDDEN', readOnlyToken: 'FORBIDDEN', developerToken: 'ok' },
  },
  updateOAuthClient: {
    // A valid input: the ownership check follows input validation, and must be what refuses.
    document: 'mutation($id: ID!) { updateOAuthClient(input: { id: $id, clientName: "matrix client", redirectUris: ["https://app.example.com/callback"] }) { __typename } }',
    variables: (f) => ({ id: f.clientId }),
    expect: OWNER_ONLY,
  },
  rotateOAuthClientSecret: {
    document: 'mutation($id: ID!) { rotateOAuthClientSecret(input: { id: $id }) { __typename } }',
    variables: (f) => ({ id: f.clientId }),
    expect: OWNER_ONLY,
  },
  deleteOAuthClient: {
    document: 'mutation($id: ID!) { deleteOAuthClient(input: { id: $id }) { __typename } }',
    variables: async (f) => ({ id: await f.freshClient() }),
    expect: { ...OWNER_OR_ADMIN_READ, readOnlyToken: 'FORBIDDEN' },
  },
  getClientCredentialsToken: {
    document: 'mutation($id: ID!) { getClientCredentialsToken(input: { clientId: $id }) { __typename } }',
    variables: (f) => ({ id: f.clientId }),
    expect: OWNER_ONLY,
  },
  startAuthorization: {
    document: 'mutation($id: ID!) { startAuthorization(input: { clientId: $id, redirect: CLIENT_REDIRECT_URI }) { __typename } }',
    variables: (f) => ({ id: f.clientId }),
    expect: OWNER_ONLY,
  },
  exchangeAuthorizationCode: {
    document: 'mutation { exchangeAuthorizationCode(input: { state: "guessed-state", code: "guessed-code" }) { __typename } }',
    expect: { ...SIGNED_IN_QUERY, readOnlyToken: 'FORBIDDEN' },
  },
  callApi: {
    document: 'mutation($id: ID!, $apiId: ID!) { callApi(input: { clientId: $id, apiId: $apiId, method: GET, path: "/", accessToken: "not-a-token" }) { __typename } }',
    variables: (f) => ({ id: f.clientId, apiId: f.apiId }),
    expect: OWNER_ONLY,
  },
};

let h: ApiHarness;
let fixtures: Fixtures;
const callers = {} as Record<Role, Record<string, string>>;
const sessionLogins: Partial<Record<Role, () => Promise<string>>> = {};

async function createClient(cookie: string, entryId: string, name: string): Promise<string> {
  const { data, errors } = await h.gql(
    'mutation($input: CreateOAuthClientInput!) { createOAuthClient(input: $input) { __typename ... on CreateOAuthClientSuccess { client { id } } } }',
    { input: { catalogueEntryIds: [entryId], clientName: name, redirectUris: ['https://app.example.com/callback'], idempotencyKey: randomUUID() } },
    cookie,
  );
  if (!data?.createOAuthClient?.client) throw new Error(`fixture client: ${JSON.stringify(errors ?? data)}`);
  return data.createOAuthClient.client.id;
}

beforeAll(async () => {
  h = await startApiHarness();
  const admin = await h.signInAs('admin');
  for (const [name, email] of [['Other Developer', 'other@example.com'], ['Bystander', 'bystander@example.com']]) {
    await h.gql('mutation($input: AddDeveloperInput!) { addDeveloper(input: $input) { __typename } }', { input: { name, email, password: 'a-long-enough-password' } }, admin);
  }
  sessionLogins.developer = () => h.signInAs('developer');
  sessionLogins.otherDeveloper = () => h.signIn('other@example.com', 'a-long-enough-password');
  sessionLogins.admin = () => h.signInAs('admin');
  const developer = await sessionLogins.developer();
  callers.anonymous = {};
  callers.developer = { cookie: developer };
  callers.otherDeveloper = { cookie: await sessionLogins.otherDeveloper() };
  callers.admin = { cookie: admin };
  callers.adminToken = bearer((await createApiToken(h, admin, { name: 'matrix admin', role: 'ADMIN' })).value);
  callers.readOnlyToken = bearer((await createApiToken(h, admin, { name: 'matrix read-only', role: 'READ_ONLY' })).value);
  callers.developerToken = bearer((await createApiToken(h, developer, { name: 'matrix developer' })).value);

  const api = await h.db.api.findUniqueOrThrow({ where: { name: DEMO_NAMES.api } });
  const entry = await h.db.catalogueEntry.findUniqueOrThrow({ where: { publicName: DEMO_NAMES.catalogueEntry } });
  const users = await h.db.user.findMany({ where: { email: { in: ['dev@gatehouse.local', 'bystander@example.com'] } } });
  let n = 0;
  fixtures = {
    apiId: api.id,
    policyId: entry.policyId,
    entryId: entry.id,
    developerId: users.find((u) => u.email === 'dev@gatehouse.local')!.id,
    bystanderId: users.find((u) => u.email === 'bystander@example.com')!.id,
    clientId: await createClient(developer, entry.id, 'matrix client'),
    freshClient: () => createClient(developer, entry.id, `matrix client ${++n}`),
    spareTokenId: (await createApiToken(h, admin, { name: 'matrix spare', role: 'READ_ONLY' })).id,
  };
}, 120_000);
afterAll(() => h?.close());

describe('authorization matrix', () => {
  it('has a row for every query and mutation in the schema', () => {
    const schema = buildSchema(typeDefs.join('\n'));
    const operations = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    const missing = operations.filter((name) => !MATRIX[name]);
    expect(missing, `add rows to apps/api/src/authorization-matrix.test.ts for: ${missing.join(', ')}`).toEqual([]);
    expect(Object.keys(MATRIX).filter((name) => !operations.includes(name))).toEqual([]);
  });

  for (const [name, row] of Object.entries(MATRIX)) {
    it(`${name}`, async () => {
      const seen = {} as Record<Role, string>;
      for (const role of ROLES) {
        const login = sessionLogins[role];
        const headers = row.freshSession && login ? { cookie: await login() } : callers[role];
        const res = await postGql(h.url, row.document, await row.variables?.(fixtures), headers);
        const code = res.errors?.[0]?.extensions?.code;
        seen[role] = code ?? (res.data ? 'ok' : `no data (HTTP ${res.status})`);
        // A refused caller learns nothing: no data at all, and no internals in the message.
        if (code) {
          expect(res.data?.[name] ?? null).toBeNull();
          expect(code).not.toBe('INTERNAL');
        }
      }
      expect(seen).toEqual(row.expect);
    });
  }
});
