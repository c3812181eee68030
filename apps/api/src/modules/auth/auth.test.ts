import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../seed/demo-accounts.ts';
import { startApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { __typename ... on InvalidCredentialsError { message } ... on ValidationError { fieldErrors { path message } } } }';

let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(() => h?.close());

function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

describe('sessions', () => {
  it('sets an HttpOnly, SameSite session cookie on sign-in and knows the user', async () => {
    const res = await post({ query: SIGN_IN, variables: { input: { email: DEMO_ACCOUNTS.developer.email, password: DEMO_ACCOUNTS.developer.password } } });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^gatehouse_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await h.gql('{ me { email role } }', {}, cookie.split(';')[0]);
    expect(me.data!.me).toEqual({ email: DEMO_ACCOUNTS.developer.email, role: 'DEVELOPER' });
  });

  it('refuses a wrong password with the same message as an unknown email', async () => {
    const wrong = await h.gql(SIGN_IN, { input: { email: DEMO_ACCOUNTS.developer.email, password: 'nope' } });
    const unknown = await h.gql(SIGN_IN, { input: { email: 'nobody@example.com', password: 'nope' } });
    expect(wrong.data!.signIn).toEqual({ __typename: 'InvalidCredentialsError', message: 'Email or password is incorrect.' });
    expect(unknown.data!.signIn).toEqual(wrong.data!.signIn);
  });

  it('names the empty field', async () => {
    const { data } = await h.gql(SIGN_IN, { input: { email: '', password: 'x' } });
    expect(data!.signIn.fieldErrors).toEqual([{ path: 'email', message: 'Enter your email address.' }]);
  });

  it('ends the session on sign-out', async () => {
    const cookie = await h.signInAs('admin');
    const out = await h.gql('mutation { signOut { signedOut } }', {}, cookie);
    expect(out.data!.signOut.signedOut).toBe(true);
    const me = await h.gql('{ me { id } }', {}, cookie);
    expect(me.data!.me).toBeNull();
  });

  it('keeps the password hashed with scrypt', async () => {
    const user = await h.db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.admin.email } });
    expect(user.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(user.passwordHash).not.toContain(DEMO_ACCOUNTS.admin.password);
  });
});

describe('CSRF prevention', () => {
  it('refuses a simple cross-site style request (text/plain body) before running it', async () => {
    const cookie = await h.signInAs('developer');
    const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'text/plain', cookie }, body: JSON.stringify({ query: 'mutation { signOut { signedOut } }' }) });
    expect(res.status).toBe(415);
    const me = await h.gql('{ me { id } }', {}, cookie);
    expect(me.data!.me).not.toBeNull();
  });

  it('refuses a GET query without a preflight header (Apollo CSRF prevention)', async () => {
    const res = await fetch(`${h.url}?query=${encodeURIComponent('{ health }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
  });
});

describe('roles', () => {
  it('keeps admin operations from developers and anonymous callers', async () => {
    const developer = await h.signInAs('developer');
    expect((await h.gql('{ apis { edges { node { id } } } }', {}, developer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.gql('{ apis { edges { node { id } } } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const admin = await h.signInAs('admin');
    const apis = await h.gql('{ apis { edges { node { name listenPath } } } }', {}, admin);
    expect(apis.data!.apis.edges).toEqual([{ node: { name: 'curity-api', listenPath: '/curity-api/' } }]);
  });
});
