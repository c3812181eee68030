import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAdminOnly, type AdminOperation } from '../../test-support/admin-only.ts';
import { startApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';

const API_FIELDS = 'id name listenPath upstreamUrl authMode jwksUri identitySource issuer audience active gatewayUrl defaultPolicy { id name } grantedBy { name }';
const CREATE = `mutation($input: CreateApiInput!) { createApi(input: $input) { __typename ... on CreateApiSuccess { api { ${API_FIELDS} } } ... on ValidationError { message fieldErrors { path message } } } }`;
const UPDATE = `mutation($input: UpdateApiInput!) { updateApi(input: $input) { __typename ... on UpdateApiSuccess { api { ${API_FIELDS} } } ... on ValidationError { fieldErrors { path message } } } }`;
const DELETE = `mutation($input: DeleteApiInput!) { deleteApi(input: $input) { __typename ... on DeleteApiSuccess { deletedId } ... on InUseError { message usedBy { kind id name } } } }`;
const CREATE_POLICY = `mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { __typename ... on CreatePolicySuccess { policy { id } } } }`;

let h: ApiHarness;
let admin: string;
let n = 0;

beforeAll(async () => {
  h = await startApiHarness();
  admin = await h.signInAs('admin');
});
afterAll(() => h?.close());

const apiInput = (overrides: Record<string, unknown> = {}) => {
  n += 1;
  return {
    name: `orders-api-${n}`,
    listenPath: `orders-${n}`,
    upstreamUrl: 'http://127.0.0.1:4200/orders',
    jwksUri: `${h.idp.issuer}/jwks`,
    issuer: h.idp.issuer,
    audience: null,
    active: true,
    ...overrides,
  };
};

async function createApi(overrides: Record<string, unknown> = {}) {
  const { data } = await h.gql(CREATE, { input: apiInput(overrides) }, admin);
  expect(data!.createApi.__typename).toBe('CreateApiSuccess');
  return data!.createApi.api;
}

describe('createApi', () => {
  it('creates an API with JWT authentication, normalises the listen path and records who did it', async () => {
    const api = await createApi({ listenPath: 'orders-x', name: 'orders-x-api', identitySource: ['azp', ' sub@clients '], audience: 'http://127.0.0.1:8080' });
    expect(api).toMatchObject({
      name: 'orders-x-api',
      listenPath: '/orders-x/',
      authMode: 'JWT',
      identitySource: ['azp', 'sub@clients'],
      issuer: h.idp.issuer,
      audience: 'http://127.0.0.1:8080',
      active: true,
      defaultPolicy: null,
      grantedBy: [],
    });
    expect(api.gatewayUrl).toMatch(/\/orders-x\/$/);
    const event = await h.db.auditEvent.findFirstOrThrow({ where: { action: 'api.created', targetId: api.id }, include: { actor: true } });
    expect(event.actor?.role).toBe('ADMIN');
    expect(JSON.parse(event.detailsJson)).toMatchObject({ name: 'orders-x-api', values: { listenPath: '/orders-x/', jwksUri: `${h.idp.issuer}/jwks` } });
  });

  it.each([
    ['upstreamUrl', 'not a url', /absolute URL/],
    ['jwksUri', 'ftp://idp.example/jwks', /https:\/\/ or http:\/\//],
    ['issuer', 'idp.example', /absolute URL/],
    ['listenPath', '/orders api/', /letters, digits/],
    ['name', '  ', /Enter a name/],
  ])('refuses an invalid %s with an error next to it', async (field, value, message) => {
    const { data } = await h.gql(CREATE, { input: apiInput({ [field]: value }) }, admin);
    expect(data!.createApi.__typename).toBe('ValidationError');
    expect(data!.createApi.fieldErrors).toEqual([{ path: field, message: expect.stringMatching(message) }]);
  });

  it('gives a new API the identity source client_id, azp, cid unless told otherwise', async () => {
    expect((await createApi()).identitySource).toEqual(['client_id', 'azp', 'cid']);
    const stored = await h.db.api.findFirstOrThrow({ where: { name: `orders-api-${n}` } });
    expect(stored.identitySource).toBe('client_id azp cid');
  });

  it('refuses identity claims that are not claim names, listed twice, or none, with an error on the entry', async () => {
    const refused = async (identitySource: string[]) => {
      const { data } = await h.gql(CREATE, { input: apiInput({ identitySource }) }, admin);
      expect(data!.createApi.__typename).toBe('ValidationError');
      return data!.createApi.fieldErrors;
    };
    expect(await refused(['azp', 'client id'])).toEqual([{ path: 'identitySource.1', message: expect.stringMatching(/^client id is not a claim name: use letters/) }]);
    expect(await refused(['cid', 'cid'])).toEqual([{ path: 'identitySource.1', message: 'cid is already in the list.' }]);
    expect(await refused(['sub@users'])).toEqual([{ path: 'identitySource.0', message: expect.stringMatching(/sub@clients is the one name with @/) }]);
    expect(await refused([])).toEqual([{ path: 'identitySource', message: 'Name at least one claim, for example client_id.' }]);
  });

  it('refuses a name or listen path that is taken, naming the field', async () => {
    const { data } = await h.gql(CREATE, { input: apiInput({ name: 'curity-api', listenPath: '/curity-api/' }) }, admin);
    expect(data!.createApi.fieldErrors).toEqual([
      { path: 'name', message: 'An API named curity-api exists already.' },
      { path: 'listenPath', message: 'curity-api listens on /curity-api/ already.' },
    ]);
  });

  it('refuses a Default Policy on a new API: a policy must grant the API first', async () => {
    const policy = await h.db.policy.findFirstOrThrow();
    const { data } = await h.gql(CREATE, { input: apiInput({ defaultPolicyId: policy.id }) }, admin);
    expect(data!.createApi.fieldErrors).toEqual([{ path: 'defaultPolicyId', message: expect.stringMatching(/add it to a policy/) }]);
  });
});

describe('updateApi', () => {
  it('sets a Default Policy that grants the API, as the seed guide does, and logs the change', async () => {
    const api = await createApi();
    const policyName = `Policy for ${api.name}`;
    const { id: policyId } = (await h.gql(CREATE_POLICY, { input: { name: policyName, apiIds: [api.id], active: true } }, admin)).data!.createPolicy.policy;
    const { data } = await h.gql(UPDATE, { input: { ...apiInput({ name: api.name, listenPath: api.listenPath }), id: api.id, defaultPolicyId: policyId } }, admin);
    expect(data!.updateApi.__typename).toBe('UpdateApiSuccess');
    expect(data!.updateApi.api.defaultPolicy).toEqual({ id: policyId, name: policyName });
    expect(data!.updateApi.api.grantedBy).toEqual([{ name: policyName }]);
    const event = await h.db.auditEvent.findFirstOrThrow({ where: { action: 'api.updated', targetId: api.id } });
    expect(JSON.parse(event.detailsJson).changes).toEqual({ defaultPolicyId: { from: null, to: policyId } });
  });

  it('refuses a Default Policy that does not grant the API', async () => {
    const api = await createApi();
    const other = await h.db.policy.findFirstOrThrow({ where: { name: 'Curity Policy' } });
    const { data } = await h.gql(UPDATE, { input: { ...apiInput({ name: api.name, listenPath: api.listenPath }), id: api.id, defaultPolicyId: other.id } }, admin);
    expect(data!.updateApi.fieldErrors).toEqual([{ path: 'defaultPolicyId', message: expect.stringMatching(/must grant access to orders-api/) }]);
  });

  it('answers NOT_FOUND for an unknown API', async () => {
    const result = await h.gql(UPDATE, { input: { ...apiInput(), id: 'nope' } }, admin);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('deleteApi', () => {
  it('refuses to delete an API a policy grants, naming the policy', async () => {
    const curity = await h.db.api.findUniqueOrThrow({ where: { name: 'curity-api' } });
    const { data } = await h.gql(DELETE, { input: { id: curity.id } }, admin);
    expect(data!.deleteApi).toMatchObject({
      __typename: 'InUseError',
      message: 'curity-api is used by policy Curity Policy; remove the API from them first.',
      usedBy: [{ kind: 'POLICY', name: 'Curity Policy' }],
    });
    expect(await h.db.api.count({ where: { id: curity.id } })).toBe(1);
  });

  it('deletes an unused API and records it', async () => {
    const api = await createApi();
    const { data } = await h.gql(DELETE, { input: { id: api.id } }, admin);
    expect(data!.deleteApi).toEqual({ __typename: 'DeleteApiSuccess', deletedId: api.id });
    expect(await h.db.api.count({ where: { id: api.id } })).toBe(0);
    expect(await h.db.auditEvent.count({ where: { action: 'api.deleted', targetId: api.id } })).toBe(1);
  });
});

describe('admin only', () => {
  const operations: AdminOperation[] = [
    { name: 'apis', query: '{ apis { edges { node { id } } } }' },
    { name: 'api', query: 'query($id: ID!) { api(id: $id) { id } }', variables: () => ({ id: 'x' }) },
    { name: 'createApi', query: CREATE, variables: () => ({ input: apiInput() }) },
    { name: 'updateApi', query: UPDATE, variables: () => ({ input: { ...apiInput(), id: 'x' } }) },
    { name: 'deleteApi', query: DELETE, variables: () => ({ input: { id: 'x' } }) },
    { name: 'discoverIdentityProvider', query: 'query($url: String!) { discoverIdentityProvider(url: $url) { __typename } }', variables: () => ({ url: h.idp.issuer }) },
  ];
  it.each(operations)('$name: developers get FORBIDDEN, anonymous callers UNAUTHENTICATED', (op) => expectAdminOnly(h, op));
});
