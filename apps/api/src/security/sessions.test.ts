import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSessionToken } from '../modules/auth/session-token.ts';
import { DEMO_ACCOUNTS } from '../seed/demo-accounts.ts';
import { startApiHarness, type ApiHarness } from '../test-support/api-harness.ts';

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }';

async function signInResponse(h: ApiHarness, who: keyof typeof DEMO_ACCOUNTS) {
  const { email, password } = DEMO_ACCOUNTS[who];
  return fetch(h.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } }),
  });
}

const me = async (h: ApiHarness, cookie: string) => (await h.gql<{ me: { email: string } | null }>('{ me { email } }', {}, cookie)).data!.me;

describe('session cookies in production mode', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await startApiHarness({ env: { GATEHOUSE_MODE: 'production' } });
  });
  afterAll(() => h?.close());

  it('are Secure, HttpOnly and SameSite, on sign-in and on sign-out', async () => {
    const res = await signInResponse(h, 'developer');
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie.split('; ')).toEqual(expect.arrayContaining(['HttpOnly', 'Secure', 'SameSite=Lax', 'Path=/']));
    const out = await fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0]! },
      body: JSON.stringify({ query: 'mutation { signOut { signedOut } }' }),
    });
    expect(out.headers.get('set-cookie')!.split('; ')).toEqual(expect.arrayContaining(['HttpOnly', 'Secure', 'SameSite=Lax']));
  });
});

describe('sessions', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await startApiHarness();
  });
  afterAll(() => h?.close());

  it('leaves Secure off in local mode only, where the portal is served over http://127.0.0.1', async () => {
    const cookie = (await signInResponse(h, 'developer')).headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('stores only a hash of the session token', async () => {
    const cookie = await h.signInAs('developer');
    const token = cookie.split('=')[1]!;
    const rows = await h.db.session.findMany();
    expect(rows.some((row) => row.tokenHash === hashSessionToken(token))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('ends the session on the server at sign-out: replaying the old cookie is refused', async () => {
    const cookie = await h.signInAs('developer');
    const token = cookie.split('=')[1]!;
    expect(await me(h, cookie)).toEqual({ email: DEMO_ACCOUNTS.developer.email });
    await h.gql('mutation { signOut { signedOut } }', {}, cookie);
    expect(await h.db.session.count({ where: { tokenHash: hashSessionToken(token) } })).toBe(0);
    expect(await me(h, cookie)).toBeNull();
    const forbidden = await h.gql('{ myOAuthClients { edges { node { id } } } }', {}, cookie);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a session past its expiry', async () => {
    const cookie = await h.signInAs('developer');
    const tokenHash = hashSessionToken(cookie.split('=')[1]!);
    const row = await h.db.session.findUniqueOrThrow({ where: { tokenHash } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(12 * 60 * 60 * 1000 + 1000);
    expect(await me(h, cookie)).not.toBeNull();
    await h.db.session.update({ where: { tokenHash }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await me(h, cookie)).toBeNull();
  });

  it('keeps passwords as salted scrypt hashes (memory-hard), never the password', async () => {
    const users = await h.db.user.findMany();
    for (const user of users) {
      // scrypt$N$r$p$salt$hash: N=2^15, r=8 is 32 MiB per guess.
      expect(user.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
      for (const account of Object.values(DEMO_ACCOUNTS)) expect(user.passwordHash).not.toContain(account.password);
    }
    const [a, b] = users;
    expect(a!.passwordHash.split('$')[4]).not.toBe(b!.passwordHash.split('$')[4]);
  });

  describe('CSRF prevention', () => {
    // A cross-site page can send these without a CORS preflight (simple requests, Fetch standard).
    const simple = [
      ['text/plain', JSON.stringify({ query: 'mutation { signOut { signedOut } }' })],
      ['application/x-www-form-urlencoded', 'query=mutation%20%7B%20signOut%20%7B%20signedOut%20%7D%20%7D'],
      ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\nmutation { signOut { signedOut } }\r\n--x--\r\n'],
    ] as const;

    it.each(simple)('refuses a simple %s POST with the session cookie and runs nothing', async (type, body) => {
      const cookie = await h.signInAs('developer');
      const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': type, cookie }, body });
      expect(res.status).toBe(415);
      expect(await me(h, cookie)).not.toBeNull();
    });

    it('refuses a mutation sent as GET', async () => {
      const cookie = await h.signInAs('developer');
      const res = await fetch(`${h.url}?query=${encodeURIComponent('mutation { signOut { signedOut } }')}`, {
        headers: { cookie, 'apollo-require-preflight': 'true' },
      });
      expect(res.status).toBe(405);
      expect(await me(h, cookie)).not.toBeNull();
    });
  });
});
