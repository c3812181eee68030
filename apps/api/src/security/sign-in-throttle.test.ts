import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SIGN_IN_LIMITS } from '../modules/auth/sign-in-throttle.ts';
import { DEMO_ACCOUNTS } from '../seed/demo-accounts.ts';
import { startApiHarness, type ApiHarness } from '../test-support/api-harness.ts';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) {
  __typename ... on InvalidCredentialsError { message } ... on SignInThrottledError { message retryAfterSeconds } } }`;

let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(() => h?.close());
afterEach(() => vi.useRealTimers());

/** One sign-in as a browser behind the web process would make it (X-Forwarded-For from loopback). */
async function signIn(email: string, password: string, clientIp = '198.51.100.1') {
  const res = await fetch(h.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': clientIp },
    body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } }),
  });
  const body = (await res.json()) as { data: { signIn: { __typename: string; message?: string; retryAfterSeconds?: number } } };
  return { ...body.data.signIn, cookie: res.headers.get('set-cookie') };
}

const dev = DEMO_ACCOUNTS.developer;
const admin = DEMO_ACCOUNTS.admin;

describe('sign-in throttling', () => {
  it('locks an account from one address after 5 failures, and lets that address in again after 15 minutes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.now();
    const guesser = '198.51.100.10';
    for (let i = 0; i < SIGN_IN_LIMITS.accountFromIp.failures; i++) {
      expect((await signIn(dev.email, `wrong-${i}`, guesser)).__typename).toBe('InvalidCredentialsError');
    }
    expect(await signIn(dev.email, dev.password, guesser)).toMatchObject({
      __typename: 'SignInThrottledError',
      message: 'Too many failed sign-in attempts. Try again in 15 minutes.',
      retryAfterSeconds: 900,
      cookie: null,
    });
    // Another spelling of the same address is the same account.
    expect((await signIn(` ${dev.email.toUpperCase()} `, dev.password, guesser)).__typename).toBe('SignInThrottledError');

    vi.setSystemTime(start + 10 * 60_000);
    expect(await signIn(dev.email, dev.password, guesser)).toMatchObject({ __typename: 'SignInThrottledError', retryAfterSeconds: 300, message: expect.stringMatching(/in 5 minutes/) });

    vi.setSystemTime(start + 15 * 60_000 + 1000);
    const open = await signIn(dev.email, dev.password, guesser);
    expect(open.__typename).toBe('SignInSuccess');
    expect(open.cookie).toMatch(/^gatehouse_session=/);
  }, 120_000);

  it('cannot be used to lock someone else out: from elsewhere the wait is seconds, and none from an address they used', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 20 * 60_000); // past the first test's window
    const usual = '198.51.100.40';
    expect((await signIn(admin.email, admin.password, usual)).__typename).toBe('SignInSuccess');
    // An attacker guesses the admin's password from many addresses, as many times as each allows.
    for (let ip = 0; ip < 6; ip++) {
      for (let i = 0; i < SIGN_IN_LIMITS.accountFromIp.failures; i++) await signIn(admin.email, 'wrong', `203.0.113.${100 + ip}`);
    }
    // The admin, from the address they signed in from before, gets in at once.
    expect((await signIn(admin.email, admin.password, usual)).__typename).toBe('SignInSuccess');

    // The attacker again, and the admin from a new address: a delay, capped at seconds.
    for (let i = 0; i < SIGN_IN_LIMITS.accountFromIp.failures; i++) await signIn(admin.email, 'wrong', `203.0.113.${120 + i}`);
    const elsewhere = await signIn(admin.email, admin.password, '198.51.100.41');
    expect(elsewhere).toMatchObject({ __typename: 'SignInThrottledError', message: expect.stringMatching(/^Too many failed sign-in attempts\. Try again in \d+ seconds?\.$/) });
    expect(elsewhere.retryAfterSeconds).toBeLessThanOrEqual(SIGN_IN_LIMITS.account.maxDelayMs / 1000);
    vi.setSystemTime(Date.now() + SIGN_IN_LIMITS.account.maxDelayMs);
    expect((await signIn(admin.email, admin.password, '198.51.100.41')).__typename).toBe('SignInSuccess');
  }, 120_000);

  it('resets the account count on a successful sign-in', async () => {
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < SIGN_IN_LIMITS.accountFromIp.failures - 1; i++) {
        expect((await signIn(admin.email, 'wrong', `198.51.100.${20 + round}`)).__typename).toBe('InvalidCredentialsError');
      }
      expect((await signIn(admin.email, admin.password, `198.51.100.${20 + round}`)).__typename).toBe('SignInSuccess');
    }
  }, 120_000);

  it('answers an unknown email exactly like a known one, so a lockout reveals no account', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60 * 60_000); // frozen, past the earlier tests' windows
    const known: unknown[] = [];
    const unknown: unknown[] = [];
    for (let i = 0; i <= SIGN_IN_LIMITS.accountFromIp.failures; i++) {
      known.push(await signIn(dev.email, 'wrong', '198.51.100.30').then(({ cookie: _c, ...rest }) => rest));
      unknown.push(await signIn('nobody@example.com', 'wrong', '198.51.100.31').then(({ cookie: _c, ...rest }) => rest));
    }
    expect(unknown).toEqual(known);
    expect(unknown.at(-1)).toMatchObject({ __typename: 'SignInThrottledError' });
  }, 120_000);

  it('limits one client spraying many accounts, without locking out other clients', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 120 * 60_000); // past the earlier tests' windows
    const sprayer = '203.0.113.7';
    for (let i = 0; i < SIGN_IN_LIMITS.clientIp.failures; i++) {
      expect((await signIn(`victim-${i}@example.com`, 'Winter2026!', sprayer)).__typename).toBe('InvalidCredentialsError');
    }
    expect((await signIn(admin.email, admin.password, sprayer)).__typename).toBe('SignInThrottledError');
    // A forged X-Forwarded-For entry before the web process's own does not get the sprayer out.
    expect((await signIn(admin.email, admin.password, `10.9.8.7, ${sprayer}`)).__typename).toBe('SignInThrottledError');
    expect((await signIn(admin.email, admin.password, '203.0.113.8')).__typename).toBe('SignInSuccess');
  }, 120_000);
});

describe('X-Forwarded-For', () => {
  it('is believed only from a configured proxy: from any other peer, the peer is the client', async () => {
    const strict = await startApiHarness({ env: { GATEHOUSE_TRUSTED_PROXIES: '192.0.2.1' } });
    try {
      const attempt = (email: string, password: string, forwardedFor: string) =>
        fetch(strict.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
          body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } }),
        }).then(async (res) => ((await res.json()) as { data: { signIn: { __typename: string } } }).data.signIn.__typename);
      // A spray that writes a new address into the header each time is still one client.
      for (let i = 0; i < SIGN_IN_LIMITS.clientIp.failures; i++) {
        expect(await attempt(`victim-${i}@example.com`, 'Winter2026!', `203.0.113.${i}`)).toBe('InvalidCredentialsError');
      }
      expect(await attempt(admin.email, admin.password, '203.0.113.250')).toBe('SignInThrottledError');
    } finally {
      await strict.close();
    }
  }, 120_000);
});
