import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';

const SIGN_UP = /* GraphQL */ `
  mutation($input: SignUpInput!) {
    signUp(input: $input) {
      __typename
      ... on SignUpSuccess { message }
      ... on SignUpDisabledError { message }
      ... on ValidationError { fieldErrors { path message } }
    }
  }
`;
const CHANGE_PASSWORD = /* GraphQL */ `
  mutation($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      __typename
      ... on ChangePasswordSuccess { endedSessions user { email } }
      ... on ValidationError { fieldErrors { path message } }
    }
  }
`;

let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(() => h?.close());

async function signUp(input: Record<string, string>) {
  const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SIGN_UP, variables: { input } }) });
  return { body: (await res.json()) as any, cookie: res.headers.get('set-cookie')?.split(';')[0] };
}
const setSignUp = (signupEnabled: boolean) => h.db.portalSettings.update({ where: { id: 1 }, data: { signupEnabled } });

describe('signing up', () => {
  it('creates a developer account when the portal allows sign-up; the developer then signs in', async () => {
    await setSignUp(true);
    expect((await h.gql('{ signUpEnabled }')).data!.signUpEnabled).toBe(true);
    const { body, cookie } = await signUp({ name: 'Sam Signup', email: ' Sam@Example.com ', password: 'correct horse battery' });
    expect(body.data.signUp).toEqual({ __typename: 'SignUpSuccess', message: expect.stringMatching(/sign in/) });
    expect(cookie).toBeUndefined();
    const session = await h.signIn('sam@example.com', 'correct horse battery');
    expect((await h.gql('{ me { email name role } }', {}, session)).data!.me).toEqual({ email: 'sam@example.com', name: 'Sam Signup', role: 'DEVELOPER' });
  });

  it('refuses a short password and an empty name, naming each field', async () => {
    const bad = await signUp({ name: ' ', email: 'not-an-email', password: 'short' });
    expect(bad.body.data.signUp.fieldErrors.map((e: { path: string }) => e.path)).toEqual(['name', 'email', 'password']);
  });

  it('is closed when the portal settings say so: an admin adds developers instead', async () => {
    await setSignUp(false);
    try {
      expect((await h.gql('{ signUpEnabled }')).data!.signUpEnabled).toBe(false);
      const { body, cookie } = await signUp({ name: 'Late', email: 'late@example.com', password: 'correct horse battery' });
      expect(body.data.signUp).toEqual({ __typename: 'SignUpDisabledError', message: expect.stringMatching(/Ask an administrator/) });
      expect(cookie).toBeUndefined();
      expect(await h.db.user.findUnique({ where: { email: 'late@example.com' } })).toBeNull();
    } finally {
      await setSignUp(true);
    }
  });

  it('lets a developer an admin added sign in', async () => {
    await h.api.services.auth.createUser({ email: 'added@example.com', name: 'Added Dev', role: 'DEVELOPER', password: 'given by the admin' });
    const cookie = await h.signIn('added@example.com', 'given by the admin');
    expect((await h.gql('{ me { email role } }', {}, cookie)).data!.me).toEqual({ email: 'added@example.com', role: 'DEVELOPER' });
  });
});

describe('changing the password', () => {
  it('needs the current password, then ends every other session and retires the old password', async () => {
    await h.api.services.auth.createUser({ email: 'pat@example.com', name: 'Pat', role: 'DEVELOPER', password: 'first password!' });
    const here = await h.signIn('pat@example.com', 'first password!');
    const elsewhere = await h.signIn('pat@example.com', 'first password!');

    const wrong = await h.gql(CHANGE_PASSWORD, { input: { currentPassword: 'nope', newPassword: 'second password!' } }, here);
    expect(wrong.data!.changePassword.fieldErrors).toEqual([{ path: 'currentPassword', message: 'That is not your current password.' }]);
    const same = await h.gql(CHANGE_PASSWORD, { input: { currentPassword: 'first password!', newPassword: 'first password!' } }, here);
    expect(same.data!.changePassword.fieldErrors).toEqual([{ path: 'newPassword', message: expect.stringMatching(/different/) }]);

    const ok = await h.gql(CHANGE_PASSWORD, { input: { currentPassword: 'first password!', newPassword: 'second password!' } }, here);
    expect(ok.data!.changePassword).toEqual({ __typename: 'ChangePasswordSuccess', endedSessions: 1, user: { email: 'pat@example.com' } });
    expect((await h.gql('{ me { email } }', {}, here)).data!.me).toEqual({ email: 'pat@example.com' });
    expect((await h.gql('{ me { email } }', {}, elsewhere)).data!.me).toBeNull();
    await expect(h.signIn('pat@example.com', 'first password!')).rejects.toThrow(/sign-in as/);
    expect(await h.signIn('pat@example.com', 'second password!')).toMatch(/^gatehouse_session=/);
  });

  it('is for signed-in users only', async () => {
    const res = await h.gql(CHANGE_PASSWORD, { input: { currentPassword: 'a', newPassword: 'b'.repeat(12) } });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
