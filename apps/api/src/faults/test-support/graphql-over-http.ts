import { DEMO_ACCOUNTS } from '../../seed/demo-accounts.ts';
import type { GqlResult } from '../../test-support/api-harness.ts';

/** GraphQL over HTTP against an API at `url`, as the SPA or an integrator calls it. */
export async function gqlAt<T = Record<string, any>>(url: string, query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<GqlResult<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResult<T>;
}

/** Signs a demo account in through the API and returns its session cookie. */
export async function signInAt(url: string, who: keyof typeof DEMO_ACCOUNTS): Promise<string> {
  const { email, password } = DEMO_ACCOUNTS[who];
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }', variables: { input: { email, password } } }),
  });
  const setCookie = res.headers.get('set-cookie');
  if (!setCookie) throw new Error(`sign-in as ${email} failed: ${await res.text()}`);
  return setCookie.split(';')[0]!;
}
