import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAdminOnly, type AdminOperation } from '../../test-support/admin-only.ts';
import { startApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';

const POLICY_FIELDS =
  'id name apis { name } rateLimitRequests rateLimitPeriodSeconds quotaMax quotaRenewalSeconds keyExpiresInSeconds limitsWhenRedisDown active defaultForApis { name } catalogueEntries { publicName }';
const CREATE = `mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { __typename ... on CreatePolicySuccess { policy { ${POLICY_FIELDS} } } ... on ValidationError { fieldErrors { path message } } } }`;
const UPDATE = `mutation($input: UpdatePolicyInput!) { updatePolicy(input: $input) { __typename ... on UpdatePolicySuccess { policy { ${POLICY_FIELDS} } } ... on ValidationError { fieldErrors { path message } } } }`;
const DELETE = `mutation($input: DeletePolicyInput!) { deletePolicy(input: $input) { __typename ... on DeletePolicySuccess { deletedId } ... on InUseError { message usedBy { kind name } } } }`;

const DAY = 86_400;
let h: ApiHarness;
let admin: string;
let curityApiId: string;
let n = 0;

beforeAll(async () => {
  h = await startApiHarness();
  admin = await h.signInAs('admin');
  curityApiId = (await h.db.api.findUniqueOrThrow({ where: { name: 'curity-api' } })).id;
});
afterAll(() => h?.close());

const policyInput = (overrides: Record<string, unknown> = {}) => ({
  name: `Gold ${++n}`,
  apiIds: [curityApiId],
  rateLimitRequests: 100,
  rateLimitPeriodSeconds: 60,
  quotaMax: 10_000,
  quotaRenewalSeconds: 30 * DAY,
  keyExpiresInSeconds: 365 * DAY,
  active: true,
  ...overrides,
});

describe('createPolicy', () => {
  it('creates a policy granting the selected API with its limits and expiry (Create Policy)', async () => {
    const { data } = await h.gql(CREATE, { input: policyInput({ name: 'Curity Policy 2' }) }, admin);
    expect(data!.createPolicy.policy).toMatchObject({
      name: 'Curity Policy 2',
      apis: [{ name: 'curity-api' }],
      rateLimitRequests: 100,
      rateLimitPeriodSeconds: 60,
      quotaMax: 10_000,
      quotaRenewalSeconds: 30 * DAY,
      keyExpiresInSeconds: 365 * DAY,
      active: true,
      defaultForApis: [],
      catalogueEntries: [],
    });
    const event = await h.db.auditEvent.findFirstOrThrow({ where: { action: 'policy.created', targetId: data!.createPolicy.policy.id } });
    expect(JSON.parse(event.detailsJson).values).toMatchObject({ name: 'Curity Policy 2', apis: ['curity-api'] });
  });

  it('takes no limits as unlimited and no expiry as never', async () => {
    const input = policyInput({ rateLimitRequests: null, rateLimitPeriodSeconds: null, quotaMax: null, quotaRenewalSeconds: null, keyExpiresInSeconds: null, apiIds: [] });
    const { data } = await h.gql(CREATE, { input }, admin);
    expect(data!.createPolicy.policy).toMatchObject({ rateLimitRequests: null, quotaMax: null, keyExpiresInSeconds: null, apis: [] });
  });

  it.each([
    [{ rateLimitRequests: 100, rateLimitPeriodSeconds: null }, 'rateLimitPeriodSeconds', /period of the rate limit/],
    [{ quotaMax: null, quotaRenewalSeconds: 60 }, 'quotaMax', /how many requests the quota allows/],
    [{ rateLimitRequests: 0 }, 'rateLimitRequests', /at least 1/],
    [{ keyExpiresInSeconds: 5 }, 'keyExpiresInSeconds', /at least 60 seconds/],
    [{ name: '' }, 'name', /Enter a name/],
    [{ name: 'Curity Policy' }, 'name', /exists already/],
    [{ apiIds: ['missing'] }, 'apiIds', /no longer exists/],
  ])('refuses %o with an error at %s', async (overrides, path, message) => {
    const { data } = await h.gql(CREATE, { input: policyInput(overrides) }, admin);
    expect(data!.createPolicy.fieldErrors).toEqual([{ path, message: expect.stringMatching(message) }]);
  });
});

describe('limitsWhenRedisDown', () => {
  it('stores Refuse, keeps it when an update omits the field, and goes back to the gateway default on null', async () => {
    const created = await h.gql(CREATE, { input: policyInput({ limitsWhenRedisDown: 'REFUSE' }) }, admin);
    const policy = created.data!.createPolicy.policy;
    expect(policy.limitsWhenRedisDown).toBe('REFUSE');
    // What the gateways read: the column, as saved.
    expect((await h.db.policy.findUniqueOrThrow({ where: { id: policy.id } })).limitsWhenRedisDown).toBe('REFUSE');

    // policyInput() has no limitsWhenRedisDown: an update written before the field existed.
    const kept = await h.gql(UPDATE, { input: { ...policyInput({ name: policy.name }), id: policy.id, rateLimitRequests: 5 } }, admin);
    expect(kept.data!.updatePolicy.policy).toMatchObject({ rateLimitRequests: 5, limitsWhenRedisDown: 'REFUSE' });

    const allowed = await h.gql(UPDATE, { input: { ...policyInput({ name: policy.name }), id: policy.id, limitsWhenRedisDown: 'ALLOW' } }, admin);
    expect(allowed.data!.updatePolicy.policy.limitsWhenRedisDown).toBe('ALLOW');
    const reset = await h.gql(UPDATE, { input: { ...policyInput({ name: policy.name }), id: policy.id, limitsWhenRedisDown: null } }, admin);
    expect(reset.data!.updatePolicy.policy.limitsWhenRedisDown).toBeNull();
    const event = await h.db.auditEvent.findFirstOrThrow({ where: { action: 'policy.updated', targetId: policy.id }, orderBy: { createdAt: 'desc' } });
    expect(event.detailsJson).toContain('limitsWhenRedisDown');
  });

  it('is null (the gateway default) when a new policy does not choose', async () => {
    const { data } = await h.gql(CREATE, { input: policyInput() }, admin);
    expect(data!.createPolicy.policy.limitsWhenRedisDown).toBeNull();
  });

  it('refuses a value that is neither ALLOW nor REFUSE', async () => {
    const result = await h.gql(CREATE, { input: policyInput({ limitsWhenRedisDown: 'SOMETIMES' }) }, admin);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/LimitsWhenRedisDown/);
  });
});

describe('updatePolicy', () => {
  it('refuses to stop granting an API whose Default Policy it is, naming the API', async () => {
    const curity = await h.db.policy.findUniqueOrThrow({ where: { name: 'Curity Policy' } });
    const { data } = await h.gql(UPDATE, { input: { ...policyInput({ name: 'Curity Policy', apiIds: [] }), id: curity.id } }, admin);
    expect(data!.updatePolicy.fieldErrors).toEqual([{ path: 'apiIds', message: expect.stringMatching(/Default Policy of curity-api/) }]);
  });

  it('saves the Configurations tab (name and expiry) and logs only what changed', async () => {
    const created = (await h.gql(CREATE, { input: policyInput() }, admin)).data!.createPolicy.policy;
    const { data } = await h.gql(UPDATE, { input: { ...policyInput({ name: `${created.name} renamed`, keyExpiresInSeconds: DAY }), id: created.id } }, admin);
    expect(data!.updatePolicy.policy).toMatchObject({ name: `${created.name} renamed`, keyExpiresInSeconds: DAY });
    const event = await h.db.auditEvent.findFirstOrThrow({ where: { action: 'policy.updated', targetId: created.id } });
    expect(JSON.parse(event.detailsJson).changes).toEqual({
      name: { from: created.name, to: `${created.name} renamed` },
      keyExpiresInSeconds: { from: 365 * DAY, to: DAY },
    });
  });
});

describe('deletePolicy', () => {
  it('refuses to delete a policy in use, naming the catalogue API and the API that use it', async () => {
    const curity = await h.db.policy.findUniqueOrThrow({ where: { name: 'Curity Policy' } });
    const { data } = await h.gql(DELETE, { input: { id: curity.id } }, admin);
    expect(data!.deletePolicy).toEqual({
      __typename: 'InUseError',
      message: 'Curity Policy is used by catalogue API Curity Demo API and API curity-api; choose another policy there (or delete them) first.',
      usedBy: [
        { kind: 'CATALOGUE_ENTRY', name: 'Curity Demo API' },
        { kind: 'API', name: 'curity-api' },
      ],
    });
  });

  it('deletes an unused policy', async () => {
    const created = (await h.gql(CREATE, { input: policyInput() }, admin)).data!.createPolicy.policy;
    const { data } = await h.gql(DELETE, { input: { id: created.id } }, admin);
    expect(data!.deletePolicy).toEqual({ __typename: 'DeletePolicySuccess', deletedId: created.id });
    expect(await h.db.auditEvent.count({ where: { action: 'policy.deleted', targetId: created.id } })).toBe(1);
  });
});

describe('admin only', () => {
  const operations: AdminOperation[] = [
    { name: 'policies', query: '{ policies { edges { node { id } } } }' },
    { name: 'policy', query: 'query($id: ID!) { policy(id: $id) { id } }', variables: () => ({ id: 'x' }) },
    { name: 'createPolicy', query: CREATE, variables: () => ({ input: policyInput() }) },
    { name: 'updatePolicy', query: UPDATE, variables: () => ({ input: { ...policyInput(), id: 'x' } }) },
    { name: 'deletePolicy', query: DELETE, variables: () => ({ input: { id: 'x' } }) },
  ];
  it.each(operations)('$name: developers get FORBIDDEN, anonymous callers UNAUTHENTICATED', (op) => expectAdminOnly(h, op));
});
