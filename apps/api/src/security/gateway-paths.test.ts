import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../seed/demo-accounts.ts';
import { startPortalStack, type PortalStack } from '../test-support/start-portal-stack.ts';

// The gateway's own endpoints and its path rule, seen from the portal (createApi, "Call the
// API") and from a raw HTTP client of the gateway.

let stack: PortalStack;
let admin: string;
const upstreamSaw: string[] = [];

beforeAll(async () => {
  stack = await startPortalStack({
    upstream: (req, res) => {
      upstreamSaw.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"upstream":true}');
    },
  });
  admin = await stack.signIn(DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.password);
});
afterAll(() => stack?.close());

const CREATE = `mutation($input: CreateApiInput!) { createApi(input: $input) { __typename ... on ValidationError { fieldErrors { path message } } } }`;
const CALL = `mutation($input: CallApiInput!) { callApi(input: $input) { __typename ... on ApiCallResponse { url status body } ... on ValidationError { fieldErrors { path message } } } }`;

let n = 0;
async function createApi(overrides: Record<string, unknown>) {
  n += 1;
  const input = { name: `paths-${n}`, listenPath: `paths-${n}`, upstreamUrl: 'http://127.0.0.1:4200/x', jwksUri: `${stack.idp.issuer}/jwks`, identitySource: 'client_id', active: true, ...overrides };
  return (await stack.gql(CREATE, { input }, admin)).data!.createApi;
}

/** A request with the path exactly as written (fetch would normalise it first). */
function rawGet(path: string, headers: Record<string, string> = {}): Promise<number> {
  const { hostname, port } = new URL(stack.gatewayUrl);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, headers }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('listen paths and upstream URLs', () => {
  it('refuses at Save, with field errors, what the gateway would not route', async () => {
    for (const listenPath of ['/_gatehouse/', '_gatehouse/usage', '/_GateHouse/x/']) {
      expect(await createApi({ listenPath }), listenPath).toEqual({
        __typename: 'ValidationError',
        fieldErrors: [{ path: 'listenPath', message: 'The listen path cannot be under /_gatehouse/: the gateway serves its own endpoints there. Choose another path.' }],
      });
    }
    for (const listenPath of ['/../', '/a/./b/', '..']) {
      expect(await createApi({ listenPath }), listenPath).toEqual({
        __typename: 'ValidationError',
        fieldErrors: [{ path: 'listenPath', message: 'The listen path cannot contain "." or ".." segments; write the path they stand for.' }],
      });
    }
    expect(await createApi({ upstreamUrl: 'http://127.0.0.1:4200/x?debug=1' })).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [{ path: 'upstreamUrl', message: "The upstream URL cannot have a query (?...) or fragment (#...): the gateway appends each request's own path and query. Remove them." }],
    });
    expect((await createApi({ listenPath: '/v1.2/orders/' })).__typename).toBe('CreateApiSuccess');
  });
});

describe('the gateway', () => {
  it('refuses dot segments in every spelling instead of forwarding them', async () => {
    for (const path of ['/curity-api/..%2f_x', '/curity-api/..%2F..%2Fx', '/curity-api/..\\x', '/curity-api/%2e%2e%2fx', '/curity-api/.%2e/x', '/curity-api/a/%2E%5Cx/..%5c']) {
      expect(await rawGet(path), path).toBe(400);
    }
    expect(upstreamSaw).toEqual([]);
  });

  it('answers its usage endpoints to no caller without the token, loopback included', async () => {
    expect(await rawGet('/_gatehouse/usage')).toBe(401);
    expect(await rawGet('/_gatehouse/usage', { authorization: 'Bearer wrong-token-0123456789' })).toBe(401);
  });
});

describe('Call the API', () => {
  it('cannot reach the gateway\'s own endpoints, even for an API listening at "/"', async () => {
    const developer = await stack.signIn(DEMO_ACCOUNTS.developer.email, DEMO_ACCOUNTS.developer.password);
    const client = await stack.createClient(developer, 'Path caller');
    const token = await stack.tokenFor(client);
    const demo = await stack.db.api.findFirstOrThrow({ where: { listenPath: '/curity-api/' } });
    // Written around createApi, as an older portal could have stored it.
    await stack.db.api.update({ where: { id: demo.id }, data: { listenPath: '/' } });
    try {
      await stack.refreshGateway();
      for (const path of ['_gatehouse/usage', '/_gatehouse/usage/minutes', '_gatehouse', 'a/../_gatehouse/usage', 'a/..%2F_gatehouse/usage']) {
        const answer = (await stack.gql(CALL, { input: { clientId: client.id, apiId: demo.id, method: 'GET', path, accessToken: token } }, developer)).data!.callApi;
        expect(answer, path).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'path' }] });
      }
    } finally {
      await stack.db.api.update({ where: { id: demo.id }, data: { listenPath: demo.listenPath } });
    }
  });
});
