import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import { DEMO_ACCOUNTS } from '../../seed/demo-accounts.ts';
import { bearer, createApiToken, postGql } from './test-support/api-token-client.ts';

const CREATE = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { __typename ... on CreateApiTokenSuccess { value apiToken { id name role prefix lastFour expiresAt createdAt lastUsedAt revokedAt status createdBy { email } } } ... on ValidationError { message fieldErrors { path message } } } }`;
const LIST = `{ apiTokens(first: 100) { edges { node { id name role prefix lastFour status lastUsedAt createdBy { email } } } pageInfo { hasNextPage } } }`;
const REVOKE = `mutation($id: ID!) { revokeApiToken(input: { id: $id }) { apiToken { id status revokedAt } } }`;
const ME = `{ me { email role } }`;
const CREATE_POLICY = `mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { __typename } }`;
const DAY_MS = 86_400_000;

let h: ApiHarness;
let admin: string;
let developer: string;

beforeAll(async () => {
  h = await startApiHarness();
  admin = await h.signInAs('admin');
  developer = await h.signInAs('developer');
});
afterAll(() => h?.close());

describe('createApiToken', () => {
  it('shows an admin the value once, defaults to READ_ONLY for 90 days, and stores only its SHA-256', async () => {
    const before = Date.now();
    const { data } = await h.gql(CREATE, { input: { name: 'CI catalogue sync', currentPassword: DEMO_ACCOUNTS.admin.password } }, admin);
    const { value, apiToken } = data!.createApiToken;
    expect(value).toMatch(/^gh_[A-Za-z0-9_-]{43}$/);
    expect(apiToken).toMatchObject({ name: 'CI catalogue sync', role: 'READ_ONLY', prefix: value.slice(0, 7), lastFour: value.slice(-4), status: 'ACTIVE', lastUsedAt: null, revokedAt: null, createdBy: { email: 'admin@gatehouse.local' } });
    const expires = Date.parse(apiToken.expiresAt) - before;
    expect(expires).toBeGreaterThanOrEqual(90 * DAY_MS - 5_000);
    expect(expires).toBeLessThanOrEqual(90 * DAY_MS + 5_000);

    const row = await h.db.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
    expect(row.tokenHash).toBe(createHash('sha256').update(value).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(value);
    // Nor anywhere in the database files (WAL included), as an attacker with the disk would read them.
    expect((await h.everythingStored()).includes(value.slice(3))).toBe(false);
    const event = await h.db.auditEvent.findFirstOrThrow({ where: { action: 'api_token.created', targetId: apiToken.id } });
    expect(JSON.parse(event.detailsJson)).toMatchObject({ name: 'CI catalogue sync', role: 'READ_ONLY' });
    expect(event.detailsJson).not.toContain(value.slice(7, -4));

    // The list never shows the value again.
    const list = await h.gql(LIST, undefined, admin);
    expect(JSON.stringify(list.data)).not.toContain(value);
    expect(list.data!.apiTokens.edges.map((e: any) => e.node.id)).toContain(apiToken.id);
  });

  it('rejects a missing name, a too long expiry and a role the creator may not give, with field paths', async () => {
    const bad = await h.gql(CREATE, { input: { name: '  ', expiresInDays: 400, currentPassword: DEMO_ACCOUNTS.admin.password } }, admin);
    expect(bad.data!.createApiToken.__typename).toBe('ValidationError');
    expect(bad.data!.createApiToken.fieldErrors).toEqual([
      { path: 'name', message: 'Enter a name that says what the token is for.' },
      { path: 'expiresInDays', message: 'A token may last at most 365 days; create a new one when it expires.' },
    ]);
    const devAdmin = await h.gql(CREATE, { input: { name: 'sneaky', role: 'ADMIN', currentPassword: DEMO_ACCOUNTS.developer.password } }, developer);
    expect(devAdmin.data!.createApiToken.fieldErrors).toEqual([{ path: 'role', message: 'Developers create DEVELOPER (personal) tokens only.' }]);
    const adminDev = await h.gql(CREATE, { input: { name: 'odd', role: 'DEVELOPER', currentPassword: DEMO_ACCOUNTS.admin.password } }, admin);
    expect(adminDev.data!.createApiToken.fieldErrors).toEqual([{ path: 'role', message: 'Admins create ADMIN or READ_ONLY tokens.' }]);
    expect(await h.db.apiToken.count({ where: { name: { in: ['sneaky', 'odd', '  '] } } })).toBe(0);
  });

  it('is refused to anonymous callers and to API tokens (a leaked token cannot mint more)', async () => {
    const anonymous = await h.gql(CREATE, { input: { name: 'x' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const token = await createApiToken(h, admin, { name: 'full admin', role: 'ADMIN' });
    const res = await postGql(h.url, CREATE, { input: { name: 'child' } }, bearer(token.value));
    expect(res.status).toBe(403);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(res.errors?.[0]?.message).toContain('sign in to the portal');
    expect(await h.db.apiToken.count({ where: { name: 'child' } })).toBe(0);
  });
});

describe('Authorization: Bearer', () => {
  it('acts as the admin who created an ADMIN token, records last use, and runs mutations', async () => {
    const token = await createApiToken(h, admin, { name: 'integrator', role: 'ADMIN', expiresInDays: 7 });
    const me = await postGql(h.url, ME, undefined, bearer(token.value));
    expect(me.data).toEqual({ me: { email: 'admin@gatehouse.local', role: 'ADMIN' } });
    expect((await h.db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).not.toBeNull();
    const created = await postGql(h.url, CREATE_POLICY, { input: { name: 'Token policy', apiIds: [], active: true } }, bearer(token.value));
    expect(created.data).toEqual({ createPolicy: { __typename: 'CreatePolicySuccess' } });
  });

  it('lets a READ_ONLY token query but refuses every mutation with FORBIDDEN before it runs', async () => {
    const token = await createApiToken(h, admin, { name: 'dashboards', role: 'READ_ONLY' });
    const policies = await postGql(h.url, '{ policies { edges { node { name } } } }', undefined, bearer(token.value));
    expect(policies.status).toBe(200);
    expect(policies.data!.policies.edges.length).toBeGreaterThan(0);
    const auditBefore = await h.db.auditEvent.count();
    const refused = await postGql(h.url, CREATE_POLICY, { input: { name: 'Read-only policy', apiIds: [], active: true } }, bearer(token.value));
    expect(refused.status).toBe(403);
    expect(refused.errors).toEqual([
      { message: 'You are not allowed to change anything with a read-only API token (it may run queries only); use an ADMIN token.', extensions: { code: 'FORBIDDEN' } },
    ]);
    expect(await h.db.policy.count({ where: { name: 'Read-only policy' } })).toBe(0);
    expect(await h.db.auditEvent.count()).toBe(auditBefore);
  });

  it("acts as the developer with a personal token: the developer's data, no admin rights", async () => {
    const token = await createApiToken(h, developer, { name: 'my laptop' });
    const mine = await postGql(h.url, `{ me { email role } myOAuthClients { edges { node { id } } } }`, undefined, bearer(token.value));
    expect(mine.data!.me).toEqual({ email: 'dev@gatehouse.local', role: 'DEVELOPER' });
    const admins = await postGql(h.url, '{ developers { edges { node { id } } } }', undefined, bearer(token.value));
    expect(admins.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const password = await postGql(
      h.url,
      'mutation { changePassword(input: { currentPassword: "gatehouse-dev", newPassword: "another-password-1" }) { __typename } }',
      undefined,
      bearer(token.value),
    );
    expect(password.status).toBe(403);
    expect(password.errors?.[0]?.message).toBe('You are not allowed to run changePassword with an API token; sign in to the portal to do it.');
  });

  it('answers 401 UNAUTHENTICATED with a WWW-Authenticate challenge for unknown, malformed, expired and revoked tokens', async () => {
    const expect401 = async (headers: Record<string, string>, message: RegExp) => {
      const res = await postGql(h.url, ME, undefined, headers);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm="gatehouse", error="invalid_token"/);
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.errors![0]!.message).toMatch(message);
      expect(res.data ?? null).toBeNull();
    };
    await expect401(bearer('gh_' + 'A'.repeat(43)), /is not valid\. Check that it was copied whole/);
    await expect401(bearer('not-a-token'), /not a Gatehouse API token/);
    await expect401({ authorization: 'Basic YWRtaW46YWRtaW4=' }, /must be "Bearer <API token>"/);

    const expired = await createApiToken(h, admin, { name: 'old', role: 'ADMIN', expiresInDays: 1 });
    await h.db.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect401(bearer(expired.value), /"old" expired on/);

    const revoked = await createApiToken(h, admin, { name: 'leaked', role: 'ADMIN' });
    expect((await postGql(h.url, ME, undefined, bearer(revoked.value))).status).toBe(200);
    const { data } = await h.gql(REVOKE, { id: revoked.id }, admin);
    expect(data!.revokeApiToken.apiToken).toMatchObject({ id: revoked.id, status: 'REVOKED' });
    await expect401(bearer(revoked.value), /"leaked" was revoked on/);
  });

  it('stops working when the developer who made it is deactivated', async () => {
    const { data: created } = await h.gql(
      'mutation($input: AddDeveloperInput!) { addDeveloper(input: $input) { __typename } }',
      { input: { name: 'n', email: 'leaver2@example.com', password: 'long-enough-password' } },
      admin,
    );
    expect(created!.addDeveloper.__typename).toBe('AddDeveloperSuccess');
    const leaver = await h.signIn('leaver2@example.com', 'long-enough-password');
    const token = await createApiToken(h, leaver, { name: 'leaver token', currentPassword: 'long-enough-password' });
    expect((await postGql(h.url, ME, undefined, bearer(token.value))).status).toBe(200);
    const leaverId = (await h.db.user.findUniqueOrThrow({ where: { email: 'leaver2@example.com' } })).id;
    await h.gql('mutation($id: ID!) { deactivateDeveloper(input: { id: $id }) { developer { active } } }', { id: leaverId }, admin);
    const res = await postGql(h.url, ME, undefined, bearer(token.value));
    expect(res.status).toBe(401);
    expect(res.errors![0]!.message).toContain('deactivated');
  });

  it('exempts token requests from CSRF prevention (no cookie) but keeps it for cookie sessions', async () => {
    const token = await createApiToken(h, admin, { name: 'GET caller', role: 'READ_ONLY' });
    const url = `${h.url}?query=${encodeURIComponent(ME)}`;
    const withToken = await fetch(url, { headers: bearer(token.value) });
    expect(withToken.status).toBe(200);
    expect(await withToken.json()).toEqual({ data: { me: { email: 'admin@gatehouse.local', role: 'ADMIN' } } });
    const withCookie = await fetch(url, { headers: { cookie: admin } });
    expect(withCookie.status).toBe(400);
    expect(await withCookie.text()).toContain('CSRF');
  });
});

describe('apiTokens and revokeApiToken', () => {
  it("shows developers only their own tokens, and hides others' tokens from revocation as NOT_FOUND", async () => {
    const adminToken = await createApiToken(h, admin, { name: 'admin-only token', role: 'ADMIN' });
    const devToken = await createApiToken(h, developer, { name: 'dev personal' });
    const devList = await h.gql(LIST, undefined, developer);
    const names = devList.data!.apiTokens.edges.map((e: any) => e.node.name);
    expect(names).toContain('dev personal');
    expect(names).not.toContain('admin-only token');
    expect(devList.data!.apiTokens.edges.every((e: any) => e.node.createdBy.email === 'dev@gatehouse.local')).toBe(true);

    const guessed = await h.gql(REVOKE, { id: adminToken.id }, developer);
    expect(guessed.errors?.[0]).toMatchObject({ message: 'API token was not found.', extensions: { code: 'NOT_FOUND' } });
    expect((await postGql(h.url, ME, undefined, bearer(adminToken.value))).status).toBe(200);

    // An admin may revoke a developer's personal token; revoking again changes nothing.
    const first = await h.gql(REVOKE, { id: devToken.id }, admin);
    const again = await h.gql(REVOKE, { id: devToken.id }, admin);
    expect(again.data!.revokeApiToken.apiToken.revokedAt).toBe(first.data!.revokeApiToken.apiToken.revokedAt);
    expect(await h.db.auditEvent.count({ where: { action: 'api_token.revoked', targetId: devToken.id } })).toBe(1);
  });

  it('pages newest first with a bounded page size', async () => {
    for (let i = 0; i < 3; i++) await createApiToken(h, developer, { name: `page ${i}` });
    const page1 = await h.gql('{ apiTokens(first: 2) { edges { node { name } } pageInfo { hasNextPage endCursor } } }', undefined, developer);
    expect(page1.data!.apiTokens.edges.map((e: any) => e.node.name)).toEqual(['page 2', 'page 1']);
    expect(page1.data!.apiTokens.pageInfo.hasNextPage).toBe(true);
    const page2 = await h.gql('query($after: String) { apiTokens(first: 1, after: $after) { edges { node { name } } } }', { after: page1.data!.apiTokens.pageInfo.endCursor }, developer);
    expect(page2.data!.apiTokens.edges.map((e: any) => e.node.name)).toEqual(['page 0']);
  });
});
