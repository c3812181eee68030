import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAdminOnly, type AdminOperation } from '../../test-support/admin-only.ts';
import { startApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';

const ADD = `mutation($input: AddDeveloperInput!) { addDeveloper(input: $input) { __typename ... on AddDeveloperSuccess { developer { id name email active clientCount } } ... on ValidationError { fieldErrors { path message } } } }`;
const DEACTIVATE = 'mutation($input: DeactivateDeveloperInput!) { deactivateDeveloper(input: $input) { developer { id active } } }';
const REACTIVATE = 'mutation($input: ReactivateDeveloperInput!) { reactivateDeveloper(input: $input) { developer { id active } } }';
const DEVELOPER = 'query($id: ID!) { developer(id: $id) { email clientCount clients { edges { node { clientId clientName apis } } } } }';

let h: ApiHarness;
let admin: string;

beforeAll(async () => {
  h = await startApiHarness();
  admin = await h.signInAs('admin');
});
afterAll(() => h?.close());

describe('developers', () => {
  it('adds a developer who can then sign in (the seed guide’s "add a developer"), recorded without the password', async () => {
    const { data } = await h.gql(ADD, { input: { name: 'Grace Hopper', email: 'Grace@Example.com', password: 'correct horse battery' } }, admin);
    expect(data!.addDeveloper).toMatchObject({ __typename: 'AddDeveloperSuccess', developer: { name: 'Grace Hopper', email: 'grace@example.com', active: true, clientCount: 0 } });
    const cookie = await h.signIn('grace@example.com', 'correct horse battery');
    expect((await h.gql('{ me { role } }', {}, cookie)).data!.me).toEqual({ role: 'DEVELOPER' });
    const event = await h.db.auditEvent.findFirstOrThrow({ where: { action: 'developer.added' } });
    expect(event.detailsJson).not.toContain('correct horse');
  });

  it.each([
    [{ email: 'dev@gatehouse.local' }, 'email', /exists already/],
    [{ email: 'not-an-email' }, 'email', /email address/],
    [{ password: 'short' }, 'password', /at least 12 characters/],
    [{ name: ' ' }, 'name', /Enter the developer’s name/],
  ])('refuses %o with an error at %s', async (overrides, path, message) => {
    const { data } = await h.gql(ADD, { input: { name: 'Ada', email: `ada-${crypto.randomUUID()}@example.com`, password: 'long enough password', ...overrides } }, admin);
    expect(data!.addDeveloper.fieldErrors).toEqual([{ path, message: expect.stringMatching(message) }]);
  });

  it('lists developers only (no admins) and shows each developer’s clients without secrets', async () => {
    const developer = await h.signInAs('developer');
    const entry = await h.db.catalogueEntry.findUniqueOrThrow({ where: { publicName: 'Curity Demo API' } });
    await h.gql(
      'mutation($input: CreateOAuthClientInput!) { createOAuthClient(input: $input) { __typename } }',
      { input: { catalogueEntryIds: [entry.id], clientName: 'Dev App', redirectUris: ['https://app.example/cb'], idempotencyKey: crypto.randomUUID() } },
      developer,
    );
    const { data } = await h.gql('{ developers { edges { node { id email clientCount } } } }', {}, admin);
    const emails = data!.developers.edges.map((e: { node: { email: string } }) => e.node.email);
    expect(emails).toContain('dev@gatehouse.local');
    expect(emails).not.toContain('admin@gatehouse.local');
    const dev = data!.developers.edges.find((e: { node: { email: string } }) => e.node.email === 'dev@gatehouse.local').node;
    const details = await h.gql(DEVELOPER, { id: dev.id }, admin);
    expect(details.data!.developer.clients.edges).toEqual([{ node: { clientId: expect.any(String), clientName: 'Dev App', apis: ['Curity Demo API'] } }]);
    expect(details.data!.developer.clientCount).toBe(1);
  });

  it('deactivates a developer: sessions end and sign-in is refused; reactivating lets them back', async () => {
    await h.gql(ADD, { input: { name: 'Temp', email: 'temp@example.com', password: 'temporary password' } }, admin);
    const cookie = await h.signIn('temp@example.com', 'temporary password');
    const user = await h.db.user.findUniqueOrThrow({ where: { email: 'temp@example.com' } });
    const { data } = await h.gql(DEACTIVATE, { input: { id: user.id } }, admin);
    expect(data!.deactivateDeveloper.developer).toEqual({ id: user.id, active: false });
    expect((await h.gql('{ me { id } }', {}, cookie)).data!.me).toBeNull();
    await expect(h.signIn('temp@example.com', 'temporary password')).rejects.toThrow(/sign-in as temp@example.com failed/);
    await h.gql(REACTIVATE, { input: { id: user.id } }, admin);
    await expect(h.signIn('temp@example.com', 'temporary password')).resolves.toMatch(/gatehouse_session=/);
    expect((await h.db.auditEvent.findMany({ where: { targetId: user.id, action: { startsWith: 'developer.' } }, orderBy: { createdAt: 'asc' } })).map((e) => e.action)).toEqual([
      'developer.added',
      'developer.deactivated',
      'developer.reactivated',
    ]);
  });

  it('does not deactivate an admin through the developer operations', async () => {
    const adminUser = await h.db.user.findUniqueOrThrow({ where: { email: 'admin@gatehouse.local' } });
    const result = await h.gql(DEACTIVATE, { input: { id: adminUser.id } }, admin);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('admin only', () => {
  const operations: AdminOperation[] = [
    { name: 'developers', query: '{ developers { edges { node { id } } } }' },
    { name: 'developer', query: DEVELOPER, variables: () => ({ id: 'x' }) },
    { name: 'addDeveloper', query: ADD, variables: () => ({ input: { name: 'X', email: `x-${crypto.randomUUID()}@example.com`, password: 'long enough password' } }) },
    { name: 'deactivateDeveloper', query: DEACTIVATE, variables: () => ({ input: { id: 'x' } }) },
    { name: 'reactivateDeveloper', query: REACTIVATE, variables: () => ({ input: { id: 'x' } }) },
    { name: 'auditEvents', query: '{ auditEvents { edges { node { id } } } }' },
  ];
  it.each(operations)('$name: developers get FORBIDDEN, anonymous callers UNAUTHENTICATED', (op) => expectAdminOnly(h, op));
});
