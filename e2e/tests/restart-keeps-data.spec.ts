import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO_ACCOUNTS } from '@gatehouse/api/demo-accounts';
import { startStack } from '@gatehouse/stack';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OWN_STACK_PORT_BASE, stackEnv } from '../support/e2e-env.ts';

/** A stack of its own, on its own ports, so it can be stopped and started again. */
const ENV = stackEnv(OWN_STACK_PORT_BASE);
const graphql = `http://127.0.0.1:${ENV.WEB_PORT}/graphql`;
const issuer = `http://127.0.0.1:${ENV.IDP_PORT}/oauth/v2/oauth-anonymous`;

async function gql(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}) {
  const res = await request.post(graphql, { data: { query, variables } });
  expect(res.status()).toBe(200);
  return (await res.json()).data;
}

async function signIn(request: APIRequestContext) {
  const { email, password } = DEMO_ACCOUNTS.developer;
  await gql(request, 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }', { input: { email, password } });
}

test('a second start reuses the data of the first: clients, IdP registrations and signing keys', async ({ playwright }) => {
  test.setTimeout(180_000);
  const dataDir = await mkdtemp(join(tmpdir(), 'gatehouse-restart-'));
  const env = { ...ENV, GATEHOUSE_DATA_DIR: dataDir };
  const quiet = () => {};
  let stack = await startStack({ env, write: quiet });
  try {
    let request = await playwright.request.newContext();
    await signIn(request);
    const { publishedApis } = await gql(request, '{ publishedApis(first: 1) { edges { node { id } } } }');
    const created = await gql(
      request,
      `mutation($input: CreateOAuthClientInput!) { createOAuthClient(input: $input) { ... on CreateOAuthClientSuccess { client { clientId clientSecret } } } }`,
      { input: { catalogueEntryIds: [publishedApis.edges[0].node.id], clientName: 'Survives restarts', redirectUris: ['https://app.example/cb'], idempotencyKey: crypto.randomUUID() } },
    );
    const { clientId, clientSecret } = created.createOAuthClient.client;
    const jwksBefore = await (await request.get(`${issuer}/jwks`)).json();
    await request.dispose();

    await stack.stop();
    stack = await startStack({ env, write: quiet });

    request = await playwright.request.newContext();
    await signIn(request);
    const { myOAuthClients } = await gql(request, '{ myOAuthClients { edges { node { clientId clientName } } } }');
    expect(myOAuthClients.edges).toEqual([{ node: { clientId, clientName: 'Survives restarts' } }]);
    expect(await (await request.get(`${issuer}/jwks`)).json()).toEqual(jwksBefore);

    const token = await request.post(`${issuer}/token`, { form: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret } });
    expect(token.status()).toBe(200);
    const call = await request.get(`http://127.0.0.1:${ENV.GATEWAY_PORT}/curity-api/status`, {
      headers: { authorization: `Bearer ${(await token.json()).access_token}` },
    });
    expect(call.status()).toBe(200);
    await request.dispose();
  } finally {
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});
