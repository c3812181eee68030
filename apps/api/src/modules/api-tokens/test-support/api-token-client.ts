import { DEMO_ACCOUNTS } from '../../../seed/demo-accounts.ts';
import type { ApiHarness, GqlResult } from '../../../test-support/api-harness.ts';

export interface HttpGqlResult<T = Record<string, any>> extends GqlResult<T> {
  status: number;
  headers: Headers;
}

/** A GraphQL POST with any headers, keeping the HTTP status (the harness's gql() keeps only the body). */
export async function postGql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> | undefined,
  headers: Record<string, string>,
): Promise<HttpGqlResult<T>> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, headers: res.headers, ...((await res.json()) as GqlResult<T>) };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const CREATE = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { __typename ... on CreateApiTokenSuccess { value apiToken { id } } ... on ValidationError { message fieldErrors { path message } } } }`;

/** The password of a demo account, found by the signed-in user behind `cookie`. */
async function demoPassword(h: ApiHarness, cookie: string): Promise<string> {
  const email = (await h.gql<{ me: { email: string } | null }>('{ me { email } }', {}, cookie)).data?.me?.email;
  const account = Object.values(DEMO_ACCOUNTS).find((a) => a.email === email);
  if (!account) throw new Error(`createApiToken: pass currentPassword for ${email ?? 'this caller'}`);
  return account.password;
}

/**
 * Creates an API token as the signed-in user behind `cookie` and returns its value and ID. The
 * current password defaults to the demo account's.
 */
export async function createApiToken(
  h: ApiHarness,
  cookie: string,
  input: { name: string; role?: string; expiresInDays?: number; currentPassword?: string },
): Promise<{ id: string; value: string }> {
  const currentPassword = input.currentPassword ?? (await demoPassword(h, cookie));
  const { data, errors } = await h.gql(CREATE, { input: { ...input, currentPassword } }, cookie);
  const payload = data?.createApiToken;
  if (payload?.__typename !== 'CreateApiTokenSuccess') throw new Error(`createApiToken failed: ${JSON.stringify(errors ?? payload)}`);
  return { id: payload.apiToken.id, value: payload.value };
}
