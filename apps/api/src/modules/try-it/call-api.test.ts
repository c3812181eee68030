import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type RequestListener } from 'node:http';
import { loadConfig } from '@gatehouse/config';
import type { PrismaClient } from '@gatehouse/db';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../seed/demo-accounts.ts';
import type { ApiServer } from '../../server/create-api-server.ts';
import { listen, startPortalStack, type PortalStack } from '../../test-support/start-portal-stack.ts';
import { RESPONSE_BODY_LIMIT_BYTES } from './call-api.ts';
import { createTryItService } from './create-try-it-service.ts';

// "Call the API" (issue 6) end to end: the portal API, the real gateway on the same SQLite file,
// the real embedded IdP, and an upstream that echoes what the gateway forwarded.

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Echoes the request; `/big` answers more than the portal shows, `/slow` never answers. */
const upstream: RequestListener = (req, res) => {
  if (req.url?.endsWith('/slow')) return;
  if (req.url?.endsWith('/big')) {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(RESPONSE_BODY_LIMIT_BYTES + 50_000));
    return;
  }
  void readBody(req).then((body) =>
    res.writeHead(200, { 'content-type': 'application/json', 'x-upstream': 'echo' }).end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body })),
  );
};

let stack: PortalStack;
let db: PrismaClient;
let api: ApiServer;
let gatewayUrl: string;

beforeAll(async () => {
  stack = await startPortalStack({ upstream });
  ({ db, api, gatewayUrl } = stack);
});
afterAll(() => stack?.close());

const gql = (query: string, variables: Record<string, unknown>, cookie: string) => stack.gql(query, variables, cookie);
const signIn = (email: string, password: string) => stack.signIn(email, password);

const CALL = /* GraphQL */ `
  mutation($input: CallApiInput!) {
    callApi(input: $input) {
      __typename
      ... on ApiCallResponse { url status headers { name value } body bodyBytes bodyTruncated bodyLimitBytes timeMs refusal }
      ... on ApiCallFailedError { reason message timeMs }
      ... on ValidationError { message fieldErrors { path message } }
    }
  }
`;

/** A developer's new client with a token from the portal and the API it may call. */
async function clientWithToken(cookie: string) {
  const { data } = await gql(`{ catalogue { id } }`, {}, cookie);
  const created = (
    await gql(
      `mutation($input: CreateOAuthClientInput!) { createOAuthClient(input: $input) { ... on CreateOAuthClientSuccess { client { id clientId } } } }`,
      { input: { catalogueEntryIds: [data.catalogue[0].id], clientName: 'Caller', redirectUris: ['https://app.example/cb'], idempotencyKey: randomUUID() } },
      cookie,
    )
  ).data.createOAuthClient.client as { id: string; clientId: string };
  const token = (
    await gql(
      `mutation($input: GetClientCredentialsTokenInput!) { getClientCredentialsToken(input: $input) { ... on AccessTokenResult { accessToken } } }`,
      { input: { clientId: created.id } },
      cookie,
    )
  ).data.getClientCredentialsToken.accessToken as string;
  const options = (await gql(`query($id: ID!) { oauthClient(id: $id) { tryIt { apis { id listenPath gatewayUrl } } } }`, { id: created.id }, cookie)).data.oauthClient.tryIt;
  await stack.refreshGateway(); // the gateway learns of the new client now rather than at its next tick
  return { client: created, token, api: options.apis[0] as { id: string; listenPath: string; gatewayUrl: string } };
}

describe('callApi', () => {
  it("sends the request through the gateway with the token and shows the upstream's answer, headers and time", async () => {
    const developer = await signIn(DEMO_ACCOUNTS.developer.email, DEMO_ACCOUNTS.developer.password);
    const { client, token, api: target } = await clientWithToken(developer);
    expect(target).toMatchObject({ listenPath: '/curity-api/', gatewayUrl: `${gatewayUrl}/curity-api/` });

    const { data, errors } = await gql(
      CALL,
      { input: { clientId: client.id, apiId: target.id, method: 'POST', path: 'items?x=1', headers: [{ name: 'Content-Type', value: 'application/json' }, { name: 'X-Demo', value: 'yes' }], body: '{"a":1}', accessToken: token } },
      developer,
    );
    expect(errors).toBeUndefined();
    const answer = data.callApi;
    expect(answer).toMatchObject({ __typename: 'ApiCallResponse', url: `${gatewayUrl}/curity-api/items?x=1`, status: 200, bodyTruncated: false, refusal: null });
    expect(answer.timeMs).toBeGreaterThanOrEqual(0);
    expect(answer.headers).toContainEqual({ name: 'x-upstream', value: 'echo' });
    const echoed = JSON.parse(answer.body);
    expect(echoed).toMatchObject({ method: 'POST', body: '{"a":1}' });
    expect(echoed.url).toMatch(/items\?x=1$/);
    expect(echoed.headers).toMatchObject({ authorization: `Bearer ${token}`, 'x-demo': 'yes', 'content-type': 'application/json' });
    expect(answer.bodyBytes).toBe(Buffer.byteLength(answer.body));
  });

  it('shows a refused token (401) and a used-up rate limit (429) as answers with the reason, not as errors', async () => {
    const developer = await signIn(DEMO_ACCOUNTS.developer.email, DEMO_ACCOUNTS.developer.password);
    const { client, token, api: target } = await clientWithToken(developer);
    const call = (accessToken: string) => gql(CALL, { input: { clientId: client.id, apiId: target.id, method: 'GET', path: 'anything', accessToken } }, developer);

    const refused = (await call('not.a.jwt')).data.callApi;
    expect(refused).toMatchObject({ __typename: 'ApiCallResponse', status: 401 });
    expect(refused.refusal).toMatch(/did not accept the access token.*Gateway: The access token is invalid/);

    const policy = await db.policy.findFirstOrThrow({ where: { catalogueEntries: { some: { clients: { some: { id: client.id } } } } } });
    await db.policy.update({ where: { id: policy.id }, data: { rateLimitRequests: 1, rateLimitPeriodSeconds: 60 } });
    try {
      await stack.refreshGateway();
      expect((await call(token)).data.callApi.status).toBe(200);
      const limited = (await call(token)).data.callApi;
      expect(limited).toMatchObject({ __typename: 'ApiCallResponse', status: 429 });
      expect(limited.refusal).toMatch(/rate limit or quota is used up/);
    } finally {
      await db.policy.update({ where: { id: policy.id }, data: { rateLimitRequests: policy.rateLimitRequests, rateLimitPeriodSeconds: policy.rateLimitPeriodSeconds } });
      await stack.refreshGateway();
    }
  });

  it('cuts a body larger than 256 KB and says so', async () => {
    const developer = await signIn(DEMO_ACCOUNTS.developer.email, DEMO_ACCOUNTS.developer.password);
    const { client, token, api: target } = await clientWithToken(developer);
    const answer = (await gql(CALL, { input: { clientId: client.id, apiId: target.id, method: 'GET', path: 'big', accessToken: token } }, developer)).data.callApi;
    expect(answer).toMatchObject({ status: 200, bodyTruncated: true, bodyLimitBytes: RESPONSE_BODY_LIMIT_BYTES });
    expect(answer.body).toHaveLength(RESPONSE_BODY_LIMIT_BYTES);
    expect(answer.bodyBytes).toBeGreaterThan(RESPONSE_BODY_LIMIT_BYTES);
  });

  it('never leaves the listen path on the gateway nor sends a header the portal owns', async () => {
    const developer = await signIn(DEMO_ACCOUNTS.developer.email, DEMO_ACCOUNTS.developer.password);
    const { client, token, api: target } = await clientWithToken(developer);
    const call = async (input: Record<string, unknown>) =>
      (await gql(CALL, { input: { clientId: client.id, apiId: target.id, method: 'GET', path: 'anything', accessToken: token, ...input } }, developer)).data.callApi;

    // The gateway's own usage route is under /_gatehouse: a path may not climb there.
    for (const path of ['../_gatehouse/usage', '/../../_gatehouse/usage', '%2e%2e/_gatehouse/usage', 'a/..%2F..%2F_gatehouse/usage', 'x\\..\\..\\_gatehouse', 'a b']) {
      const refused = await call({ path });
      expect(refused, path).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'path' }] });
    }
    expect(await call({ path: 'a/../b' })).toMatchObject({ __typename: 'ApiCallResponse', url: `${gatewayUrl}/curity-api/b` });

    expect(await call({ headers: [{ name: 'Authorization', value: 'Bearer other' }] })).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'headers.0.name' }] });
    expect(await call({ headers: [{ name: 'X-Evil', value: 'a\r\nHost: x' }] })).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'headers.0.value' }] });
    expect(await call({ body: 'x' })).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'body' }] });
    expect(await call({ accessToken: 'a b' })).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'accessToken' }] });
    expect(await call({ apiId: 'some-other-api' })).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'apiId' }] });
  });

  it('reports a gateway that times out or cannot be reached as ApiCallFailedError', async () => {
    const developer = await signIn(DEMO_ACCOUNTS.developer.email, DEMO_ACCOUNTS.developer.password);
    const { client, token, api: target } = await clientWithToken(developer);
    const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.developer.email } });
    const viewer = { id: user.id, role: 'DEVELOPER' as const, email: user.email, name: user.name };
    const s = api.services;
    const serviceFor = (gatewayPublicUrl: string) =>
      createTryItService(
        { db, config: loadConfig({ GATEWAY_PUBLIC_URL: gatewayPublicUrl }), logger: pino({ level: 'silent' }), secrets: s.secrets, catalogue: s.catalogue, oauthClients: s.oauthClients },
        { callTimeoutMs: 400 },
      );

    const slow = await serviceFor(gatewayUrl).callApi(viewer, { clientId: client.id, apiId: target.id, method: 'GET', path: 'slow', accessToken: token });
    expect(slow).toMatchObject({ __typename: 'ApiCallFailedError', reason: 'TIMEOUT' });

    const closed = createServer();
    const closedPort = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const down = await serviceFor(`http://127.0.0.1:${closedPort}`).callApi(viewer, { clientId: client.id, apiId: target.id, method: 'GET', path: 'anything', accessToken: token });
    expect(down).toMatchObject({ __typename: 'ApiCallFailedError', reason: 'UNREACHABLE' });
  });

  it("keeps another developer off someone else's client: NOT_FOUND", async () => {
    const owner = await signIn(DEMO_ACCOUNTS.developer.email, DEMO_ACCOUNTS.developer.password);
    const { client, token, api: target } = await clientWithToken(owner);
    const other = await stack.newDeveloper('caller@gatehouse.test');
    const { data, errors } = await gql(CALL, { input: { clientId: client.id, apiId: target.id, method: 'GET', path: 'anything', accessToken: token } }, other);
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(data).toBeNull();
  });
});
