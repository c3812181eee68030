import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLEANUPS, CREATE, curityDemoApiId, newDeveloper } from '../modules/oauth-clients/test-support/oauth-client-fixtures.ts';
import { startApiHarness, type ApiHarness } from '../test-support/api-harness.ts';
import { clientsAtIdp } from './test-support/idp-clients.ts';

/**
 * Issue 7, "Faults": the IdP down, slow past the timeout, answering 500, HTML, JSON without
 * client_id, or refusing the metadata. The developer sees what happened, nothing is stored, and
 * the IdP's own store shows whether anything was left there; when it was (the IdP registered
 * but answered garbage), admins see the entry. A proxy in front of the real embedded IdP makes
 * each fault, so "left at the IdP" is the IdP's truth, not a fake's. (Faults with a fake IdP,
 * and store failures, are in modules/oauth-clients/no-orphan.test.ts.)
 */
type Fault = (req: { body: string; headers: Record<string, string> }) => Promise<{ status: number; type?: string; body: string }>;

let h: ApiHarness;
let developer: string;
let apiId: string;
let proxy: Server;
let proxyOrigin: string;
let fault: Fault;
let overrideId: string;
let original: string | null;

const deps = () => (h.api.services.oauthClients as unknown as { deps: { idpTimeoutMs: number } }).deps;

/** What the real IdP answers to the request, as it came. */
async function forward(req: { body: string; headers: Record<string, string> }, body = req.body) {
  const res = await fetch(h.idp.endpoints.registration, { method: 'POST', headers: req.headers, body });
  return { status: res.status, type: res.headers.get('content-type') ?? undefined, body: await res.text() };
}

beforeAll(async () => {
  h = await startApiHarness();
  developer = (await newDeveloper(h)).cookie;
  apiId = await curityDemoApiId(h, developer);
  proxy = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const headers = { 'content-type': 'application/json', ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) };
    const answer = await fault({ body, headers });
    res.writeHead(answer.status, answer.type ? { 'content-type': answer.type } : {}).end(answer.body);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyOrigin = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  const entry = await h.db.catalogueEntry.findUniqueOrThrow({ where: { id: apiId }, include: { dcrOverride: true } });
  overrideId = entry.dcrOverrideId!;
  original = entry.dcrOverride!.registrationEndpoint;
});
afterAll(async () => {
  if (overrideId) await h.db.dcrSettings.update({ where: { id: overrideId }, data: { registrationEndpoint: original } });
  proxy?.closeAllConnections();
  await new Promise((resolve) => proxy?.close(resolve));
  await h?.close();
});
afterEach(() => {
  deps().idpTimeoutMs = 10_000;
});

const registrationEndpoint = (url: string) => h.db.dcrSettings.update({ where: { id: overrideId }, data: { registrationEndpoint: url } });
const idpClients = () => clientsAtIdp(`${h.dataDir}/idp.db`);
const stored = () => h.db.oAuthClient.count();

async function create(clientName: string) {
  const { data } = await h.gql(CREATE, { input: { catalogueEntryIds: [apiId], clientName, redirectUris: ['https://app.example/cb'], idempotencyKey: crypto.randomUUID() } }, developer);
  return data!.createOAuthClient;
}

async function journalFor(clientName: string) {
  const admin = await h.signInAs('admin');
  return (await h.gql(CLEANUPS, {}, admin)).data!.idpCleanups.edges.map((edge: any) => edge.node).filter((node: any) => node.clientName === clientName);
}

describe('the IdP fails while a developer creates a client', () => {
  it('is down (nothing listens): "could not be reached", nothing stored, nothing at the IdP, nothing for admins', async () => {
    await registrationEndpoint('http://127.0.0.1:31008/register');
    const [before, storedBefore] = [idpClients().length, await stored()];
    expect(await create('Down App')).toMatchObject({ __typename: 'IdpRegistrationError', error: 'idp_unavailable', path: null, message: expect.stringMatching(/at 127\.0\.0\.1:31008 could not be reached\. Try again later/) });
    expect([idpClients().length, await stored(), await journalFor('Down App')]).toEqual([before, storedBefore, []]);
  });

  it.each<[string, Fault, RegExp]>([
    ['answers HTTP 500', async () => ({ status: 500, type: 'application/json', body: '{"error":"server_error"}' }), /answered HTTP 500\. Try again later/],
    [
      'refuses the metadata (invalid_client_metadata)',
      (req) => forward(req, JSON.stringify({ ...JSON.parse(req.body), token_endpoint_auth_method: 'made_up' })),
      /token_endpoint_auth_method/,
    ],
  ])('%s: says so, stores nothing, and the IdP holds nothing', async (name, reply, message) => {
    await registrationEndpoint(`${proxyOrigin}/register`);
    fault = reply;
    const [before, storedBefore] = [idpClients().length, await stored()];
    const result = await create(`Refused ${name}`);
    expect(result).toMatchObject({ __typename: 'IdpRegistrationError', message: expect.stringMatching(message) });
    expect(result.error).toBe(name.includes('metadata') ? 'invalid_client_metadata' : 'idp_unavailable');
    expect([idpClients().length, await stored(), await journalFor(`Refused ${name}`)]).toEqual([before, storedBefore, []]);
  });

  it.each<[string, Fault, RegExp]>([
    ['answers HTML after registering', async (req) => (await forward(req), { status: 200, type: 'text/html', body: '<html>Sign in</html>' }), /answered HTTP 200 with something that is not JSON \(text\/html\)/],
    [
      'answers JSON without client_id after registering',
      async (req) => {
        const { client_id: _dropped, ...rest } = JSON.parse((await forward(req)).body);
        return { status: 201, type: 'application/json', body: JSON.stringify(rest) };
      },
      /answered without a client_id/,
    ],
    ['is slower than the timeout, and registers anyway', async (req) => (await new Promise((r) => setTimeout(r, 800)), forward(req)), /did not answer in time/],
  ])('%s: says so, stores nothing, and shows admins what the IdP may hold', async (name, reply, message) => {
    await registrationEndpoint(`${proxyOrigin}/register`);
    deps().idpTimeoutMs = 400;
    fault = reply;
    const clientName = `Garbled ${name}`;
    const storedBefore = await stored();
    expect(await create(clientName)).toMatchObject({ __typename: 'IdpRegistrationError', error: 'idp_unavailable', path: null, message: expect.stringMatching(message) });
    expect(await stored()).toBe(storedBefore);
    // The IdP did register it (the slow one a moment later): the portal cannot name it, so admins are told.
    await expect.poll(() => idpClients().filter((client) => client.client_name === clientName).length, { timeout: 3000 }).toBe(1);
    expect(await journalFor(clientName)).toEqual([
      expect.objectContaining({ state: 'OUTCOME_UNKNOWN', clientId: null, canDeleteAtIdp: false, problem: expect.stringMatching(/may have registered ".*"; check it there/) }),
    ]);
  });
});
