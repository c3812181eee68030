import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../seed/demo-accounts.ts';
import { startApiHarness, type ApiHarness } from '../test-support/api-harness.ts';

// Sign-up must not tell a visitor which email addresses have accounts, as sign-in does not.

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { __typename ... on SignUpSuccess { message } ... on ValidationError { message fieldErrors { path message } } } }`;

let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
  await h.db.portalSettings.update({ where: { id: 1 }, data: { signupEnabled: true } });
});
afterAll(() => h?.close());

async function signUp(email: string) {
  const res = await fetch(h.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SIGN_UP, variables: { input: { name: 'Prober', email, password: 'a probing password' } } }),
  });
  return { status: res.status, setCookie: res.headers.get('set-cookie'), body: await res.json() };
}

describe('sign-up', () => {
  it('answers a known email exactly as an unknown one, and leaves the known account as it was', async () => {
    const known = await signUp(DEMO_ACCOUNTS.admin.email);
    const unknown = await signUp('nobody-yet@example.com');
    expect(known).toEqual(unknown);
    expect(known.setCookie).toBeNull();
    expect(known.body.data.signUp.__typename).toBe('SignUpSuccess');
    // The admin still signs in with their own password, and the prober's is refused.
    expect(await h.signIn(DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.password)).toMatch(/^gatehouse_session=/);
    await expect(h.signIn(DEMO_ACCOUNTS.admin.email, 'a probing password')).rejects.toThrow();
    expect(await h.db.user.count({ where: { email: DEMO_ACCOUNTS.admin.email } })).toBe(1);
  });
});
