import { expect, type APIRequestContext } from '@playwright/test';

/** Runs a GraphQL operation at `url` and returns its data, failing the test on any error. */
export async function gql(request: APIRequestContext, url: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await request.post(url, { data: { query, variables } });
  expect(res.status(), await res.text()).toBe(200);
  const body = await res.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}
