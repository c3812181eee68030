import { startHostileIdp, type HostileIdp } from '@gatehouse/dcr/test-support/hostile-idp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import { CLEANUPS, clientMutations, curityDemoApiId, DELETE, newDeveloper, RESOLVE_CLEANUP } from './test-support/oauth-client-fixtures.ts';

/**
 * A broken or hostile IdP must never break the portal. The Curity Demo API is pointed at an IdP
 * whose answers each test twists; after each test, every client list still answers and every
 * client the IdP holds is either stored in the portal or listed for admins with its client_id.
 */
let h: ApiHarness;
let idp: HostileIdp;
let developer: string;
let admin: string;
let apiId: string;
let overrideId: string;
let original: Record<string, unknown>;
const INITIAL_TOKEN = 'iat-Hostile/Test+Token-0123456789';

const FIELDS = /* GraphQL */ `
  id clientId clientSecret clientName redirectUris grantTypes tokenEndpointAuthMethod tokenEndpoint
  clientSecretExpiresAt clientSecretExpired idpDifferences { field message }
`;
const { CREATE, UPDATE, ROTATE } = clientMutations(FIELDS);

beforeAll(async () => {
  h = await startApiHarness();
  developer = (await newDeveloper(h, 'Hostile Dev')).cookie;
  admin = await h.signInAs('admin');
  apiId = await curityDemoApiId(h, developer);
  idp = await startHostileIdp();
  const entry = await h.db.catalogueEntry.findUniqueOrThrow({ where: { id: apiId }, include: { dcrOverride: true } });
  overrideId = entry.dcrOverrideId!;
  const o = entry.dcrOverride!;
  original = { registrationEndpoint: o.registrationEndpoint, idpHost: o.idpHost, provider: o.provider, initialAccessTokenEnc: o.initialAccessTokenEnc };
  await pointAt(idp.registrationEndpoint, null);
});
afterAll(async () => {
  if (overrideId) await h?.db.dcrSettings.update({ where: { id: overrideId }, data: original }).catch(() => undefined);
  await idp?.close();
  await h?.close();
});
afterEach(async () => {
  idp.answer = (_req, honest) => honest();
  await expectListsAnswer();
  await expectNoOrphans();
});

/** The API's DCR settings point at the hostile IdP (under `endpoint`), as provider Other. */
async function pointAt(endpoint: string, idpHost: string | null) {
  await h.db.dcrSettings.update({
    where: { id: overrideId },
    data: { registrationEndpoint: endpoint, idpHost, provider: 'OTHER', initialAccessTokenEnc: h.api.services.secrets.seal(INITIAL_TOKEN) },
  });
}

const create = async (clientName: string, as = developer, redirectUris = 'https://app.example/cb') =>
  (await h.gql(CREATE, { input: { catalogueEntryIds: [apiId], clientName, redirectUris, idempotencyKey: crypto.randomUUID() } }, as)).data!.createOAuthClient;

async function createHonestly(clientName: string) {
  idp.answer = (_req, honest) => honest();
  const result = await create(clientName);
  expect(result.__typename).toBe('CreateOAuthClientSuccess');
  return result.client as { id: string; clientId: string; clientSecret: string };
}

const cleanups = async () => (await h.gql(CLEANUPS, {}, admin)).data!.idpCleanups.edges.map((e: any) => e.node);
const stored = (clientId: string) => h.db.oAuthClient.findMany({ where: { clientId } });
const requestsSince = (n: number) => idp.requests.slice(n).map((r) => `${r.method} ${r.url}`);

/** Every client list and page answers: a stored row never makes a view throw. */
async function expectListsAnswer() {
  const mine = await h.gql(`{ myOAuthClients(first: 100) { edges { node { ${FIELDS} } } } }`, {}, developer);
  expect(mine.errors).toBeUndefined();
  const all = await h.gql(`{ oauthClients(first: 100) { edges { node { ${FIELDS} } } } }`, {}, admin);
  expect(all.errors).toBeUndefined();
  for (const { node } of all.data!.oauthClients.edges) {
    const one = await h.gql(`query($id: ID!) { oauthClient(id: $id) { ${FIELDS} } }`, { id: node.id }, admin);
    expect(one.errors).toBeUndefined();
  }
}

/** Every client the IdP holds is stored in the portal or on the IdP cleanup page with its client_id. */
async function expectNoOrphans() {
  const listed = new Set((await cleanups()).map((n: any) => n.clientId));
  const held = new Set((await h.db.oAuthClient.findMany({ select: { clientId: true } })).map((r) => r.clientId));
  const orphans = [...idp.clients.keys()].filter((id) => !held.has(id) && !listed.has(id));
  expect(orphans).toEqual([]);
}

describe('1. time fields out of bounds', () => {
  it('refuses a registration whose client_secret_expires_at no date can hold, deletes it at the IdP, and says which field', async () => {
    const before = idp.requests.length;
    idp.answer = (_req, honest) => {
      const a = honest();
      return twisted(a, { client_secret_expires_at: 10_000_000_000_000 });
    };
    const result = await create('Far Future App');
    expect(result).toMatchObject({ __typename: 'IdpRegistrationError', error: 'invalid_idp_answer', message: expect.stringMatching(/client_secret_expires_at is beyond 9999-12-31/) });
    const [post, del] = idp.requests.slice(before);
    expect(post!.method).toBe('POST');
    expect(del).toMatchObject({ method: 'DELETE', url: expect.stringMatching(/^\/register\//) });
    expect(await h.db.oAuthClient.count({ where: { clientName: 'Far Future App' } })).toBe(0);
    expect(await h.db.idpCleanup.count({ where: { clientName: 'Far Future App' } })).toBe(0);
  });

  it('stores and shows a secret that expires in 2040, past what a 32-bit number of seconds holds', async () => {
    const in2040 = Date.parse('2040-06-01T12:00:00Z') / 1000;
    idp.answer = (_req, honest) => twisted(honest(), { client_secret_expires_at: in2040 });
    const result = await create('Expires In 2040');
    expect(result.__typename).toBe('CreateOAuthClientSuccess');
    const shown = await h.gql(`query($id: ID!) { oauthClient(id: $id) { clientSecretExpiresAt } }`, { id: result.client.id }, developer);
    expect(shown.data!.oauthClient.clientSecretExpiresAt).toBe('2040-06-01T12:00:00.000Z');
    expect((await stored(result.client.clientId))[0]!.clientSecretExpiresAt).toBe(BigInt(in2040));
  });

  it('refuses the same value in an update answer, keeps the client readable, and keeps the rotated token', async () => {
    const client = await createHonestly('Poisoned Update App');
    idp.answer = (r, honest) => (r.method === 'PUT' ? twisted(honest(), { client_secret_expires_at: 10_000_000_000_000 }) : honest());
    const { data } = await h.gql(UPDATE, { input: { id: client.id, clientName: 'Renamed', redirectUris: 'https://app.example/cb2' } }, developer);
    expect(data!.updateOAuthClient).toMatchObject({ __typename: 'IdpRegistrationError', error: 'invalid_idp_answer', message: expect.stringMatching(/client_secret_expires_at/) });
    const row = (await stored(client.clientId))[0]!;
    expect(h.api.services.secrets.open(row.registrationAccessTokenEnc!)).toBe(idp.clients.get(client.clientId)!.registration_access_token);
    // The next update works: the portal holds the token the IdP rotated.
    idp.answer = (_req, honest) => honest();
    const again = await h.gql(UPDATE, { input: { id: client.id, clientName: 'Renamed', redirectUris: 'https://app.example/cb2' } }, developer);
    expect(again.data!.updateOAuthClient.__typename).toBe('UpdateOAuthClientSuccess');
  });
});

describe('2. orphans the journal can name', () => {
  it.each([
    ['a number as registration_access_token', { registration_access_token: 12345 }, 'registration_access_token'],
    ['an object as registration_client_uri', { registration_client_uri: { href: 'x' } }, 'registration_client_uri'],
  ])('%s: refused naming the field, and the client_id is on the cleanup page', async (_name, twist, field) => {
    const clientName = `Orphan ${field}`;
    idp.answer = (r, honest) => (r.method === 'POST' ? twisted(honest(), twist) : honest());
    const result = await create(clientName);
    expect(result).toMatchObject({ __typename: 'IdpRegistrationError', error: 'invalid_idp_answer', message: expect.stringContaining(field) });
    const entry = (await cleanups()).find((n: any) => n.clientName === clientName);
    const atIdp = [...idp.clients.values()].find((c) => c.client_name === clientName)!;
    expect(entry).toMatchObject({ state: 'NOT_STORED', clientId: atIdp.client_id, problem: expect.stringContaining(String(atIdp.client_id)) });
    expect(entry.problem).not.toMatch(/stopped/);
  });

  it('a refused answer with usable means is deleted at the IdP right away', async () => {
    idp.answer = (r, honest) => (r.method === 'POST' ? twisted(honest(), { client_id_issued_at: 'yesterday' }) : honest());
    const before = idp.clients.size;
    expect(await create('Undone Answer App')).toMatchObject({ error: 'invalid_idp_answer', message: expect.stringMatching(/client_id_issued_at/) });
    expect(idp.clients.size).toBe(before);
  });
});

describe('3. a rotated registration access token is never lost', () => {
  it('stores the token of a 500 answer, so the next call works', async () => {
    const client = await createHonestly('Rotated In Error App');
    idp.answer = (r, honest) => {
      if (r.method !== 'PUT') return honest();
      const a = honest();
      return { status: 500, body: { error: 'server_error', registration_access_token: (a.body as any).registration_access_token } };
    };
    const failed = await h.gql(UPDATE, { input: { id: client.id, clientName: 'X', redirectUris: 'https://app.example/cb' } }, developer);
    expect(failed.data!.updateOAuthClient).toMatchObject({ error: 'idp_unavailable' });
    idp.answer = (_req, honest) => honest();
    const ok = await h.gql(UPDATE, { input: { id: client.id, clientName: 'X', redirectUris: 'https://app.example/cb' } }, developer);
    expect(ok.data!.updateOAuthClient.__typename).toBe('UpdateOAuthClientSuccess');
  });

  it.each([
    ['404', { status: 404, body: { error: 'not_found' } }],
    ['401 (a token the IdP no longer takes)', { status: 401, body: { error: 'invalid_token' } }],
  ])('never says deleted at the IdP after a %s: the client is journalled for admins', async (_name, reply) => {
    const client = await createHonestly(`Undeleted ${_name}`);
    idp.answer = (r, honest) => (r.method === 'DELETE' ? reply : honest());
    const { data } = await h.gql(DELETE, { input: { id: client.id } }, developer);
    expect(data!.deleteOAuthClient).toMatchObject({ __typename: 'DeleteOAuthClientSuccess', deletedAtIdp: false });
    expect(idp.clients.has(client.clientId)).toBe(true);
    expect(await cleanups()).toContainEqual(expect.objectContaining({ clientId: client.clientId, state: 'LEFT_AT_IDP', problem: expect.stringMatching(/does not say it deleted/) }));
  });
});

describe('4. client_id collisions', () => {
  it("refuses a client_id another developer's client has, without touching that client", async () => {
    const first = await createHonestly('First Owner App');
    const other = (await newDeveloper(h, 'Second Dev')).cookie;
    const before = idp.requests.length;
    idp.nextClientId = first.clientId;
    const result = await create('Second Owner App', other);
    expect(result).toMatchObject({ __typename: 'IdpRegistrationError', error: 'duplicate_client_id', message: expect.stringContaining(first.clientId) });
    expect(requestsSince(before)).toEqual(['POST /register']);
    expect(await stored(first.clientId)).toEqual([expect.objectContaining({ clientName: 'First Owner App' })]);
    expect(idp.clients.get(first.clientId)).toBeDefined();
  });

  it('treats two spellings of one registration endpoint as one IdP', async () => {
    const first = await createHonestly('Spelling One App');
    await pointAt(`${idp.registrationEndpoint}/`, null);
    try {
      idp.nextClientId = first.clientId;
      const before = idp.requests.length;
      expect(await create('Spelling Two App')).toMatchObject({ error: 'duplicate_client_id' });
      expect(requestsSince(before)).toEqual(['POST /register/']);
      expect(await stored(first.clientId)).toHaveLength(1);
    } finally {
      await pointAt(idp.registrationEndpoint, null);
    }
  });

  it("an admin cannot delete at the IdP a journalled client_id a stored client has", async () => {
    const first = await createHonestly('Shared Id App');
    const developerRow = await h.db.user.findFirstOrThrow({ where: { role: 'DEVELOPER' } });
    const row = await h.db.idpCleanup.create({
      data: { developerId: developerRow.id, provider: 'OTHER', registrationEndpoint: idp.registrationEndpoint, clientName: 'Shared', state: 'NOT_STORED', clientId: first.clientId, registrationClientUri: `${idp.origin}/register/${first.clientId}`, registrationAccessTokenEnc: h.api.services.secrets.seal('x') },
    });
    const { data } = await h.gql(RESOLVE_CLEANUP, { input: { id: row.id, action: 'DELETE_AT_IDP' } }, admin);
    expect(data!.resolveIdpCleanup).toMatchObject({ __typename: 'IdpOperationUnsupportedError', message: expect.stringMatching(/would delete that client/) });
    await h.db.idpCleanup.delete({ where: { id: row.id } });
  });
});

describe('5. the answer must be about this client', () => {
  it("refuses a rotate answer carrying another client's id and secret, and keeps this client's secret", async () => {
    const client = await createHonestly('Rotate Target App');
    const victim = await createHonestly('Victim App');
    idp.answer = (r, honest) => (r.method === 'PUT' ? { status: 200, body: { ...idp.clients.get(victim.clientId) } } : honest());
    const { data } = await h.gql(ROTATE, { input: { id: client.id } }, developer);
    expect(data!.rotateOAuthClientSecret).toMatchObject({ __typename: 'IdpRegistrationError', error: 'invalid_idp_answer', message: expect.stringMatching(/another client/) });
    const page = await h.gql(`query($id: ID!) { oauthClient(id: $id) { clientSecret } }`, { id: client.id }, developer);
    expect(page.data!.oauthClient.clientSecret).toBe(client.clientSecret);
  });
});

describe('6. discovery answers are data from outside', () => {
  it('a token_endpoint that is an object or javascript: is not used, not cached, and registration still works', async () => {
    await pointAt(idp.registrationEndpoint, idp.origin);
    try {
      idp.discovery = { issuer: idp.origin, token_endpoint: { url: 'x' } };
      const broken = await create('Discovery Object App');
      expect(broken).toMatchObject({ __typename: 'CreateOAuthClientSuccess', client: { tokenEndpoint: null } });
      idp.discovery = { issuer: idp.origin, token_endpoint: 'javascript:alert(1)' };
      expect(await create('Discovery Script App')).toMatchObject({ client: { tokenEndpoint: null } });
      idp.discovery = { issuer: idp.origin, token_endpoint: `${idp.origin}/token` };
      expect(await create('Discovery Fixed App')).toMatchObject({ client: { tokenEndpoint: `${idp.origin}/token` } });
    } finally {
      await pointAt(idp.registrationEndpoint, null);
    }
  });
});

describe('7. shown as what it is', () => {
  it('lists what the IdP changed and what cannot work, and marks an expired secret', async () => {
    idp.answer = (r, honest) =>
      r.method === 'POST'
        ? twisted(honest(), {
            redirect_uris: ['javascript:alert(document.cookie)', 'data:text/html,hi', 'https://evil.example/cb'],
            grant_types: ['authorization_code', 'client_credentials', 'implicit'],
            token_endpoint_auth_method: 'none',
            client_secret_expires_at: 1_000_000_000,
          })
        : honest();
    const result = await create('Changed App');
    expect(result.__typename).toBe('CreateOAuthClientSuccess');
    const { client } = result;
    expect(client.clientSecretExpired).toBe(true);
    expect(client.clientSecretExpiresAt).toBe('2001-09-09T01:46:40.000Z');
    const messages = client.idpDifferences.map((d: any) => `${d.field}: ${d.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^redirect_uris: .*added javascript:alert\(document.cookie\), data:text\/html,hi, https:\/\/evil.example\/cb and dropped https:\/\/app.example\/cb/),
        expect.stringMatching(/^redirect_uris: .*javascript: scheme/),
        expect.stringMatching(/^redirect_uris: .*data: scheme/),
        expect.stringMatching(/^grant_types: .*implicit/),
        expect.stringMatching(/^token_endpoint_auth_method: .*none/),
        expect.stringMatching(/^client_secret: .*public client/),
        expect.stringMatching(/^client_secret_expires_at: .*expired/),
      ]),
    );
  });

  it('says when a confidential client got no secret', async () => {
    idp.answer = (r, honest) => {
      if (r.method !== 'POST') return honest();
      const { client_secret: _s, ...rest } = honest().body as Record<string, unknown>;
      return { status: 201, body: rest };
    };
    const result = await create('Secretless App');
    expect(result.client.idpDifferences).toContainEqual({ field: 'client_secret', message: expect.stringMatching(/issued no client secret/) });
  });

  it('takes a 1 MB error answer for a refusal: nothing journalled as "may have registered"', async () => {
    idp.answer = () => ({ status: 400, body: { error: 'invalid_client_metadata', error_description: 'x'.repeat(1024 * 1024) } });
    const result = await create('Huge Error App');
    expect(result).toMatchObject({ __typename: 'IdpRegistrationError', error: 'idp_unavailable', message: expect.stringMatching(/refused the request \(HTTP 400\)/) });
    expect(await h.db.idpCleanup.count({ where: { clientName: 'Huge Error App' } })).toBe(0);
  });

  it('refuses a client_id longer than the portal stores, and deletes that client at the IdP again', async () => {
    idp.nextClientId = 'c'.repeat(300);
    const result = await create('Long Id App');
    expect(result).toMatchObject({ error: 'invalid_idp_answer', message: expect.stringMatching(/client_id is longer than 255/) });
    expect(idp.clients.has('c'.repeat(300))).toBe(false);
  });
});

describe('8. the IdP never relays a credential of the request', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  it.each([
    ['lowercased', INITIAL_TOKEN.toLowerCase()],
    ['URL-encoded', encodeURIComponent(INITIAL_TOKEN)],
    ['base64', b64(INITIAL_TOKEN)],
    ['as a 20-character prefix', INITIAL_TOKEN.slice(0, 20)],
    ['JSON-escaped', INITIAL_TOKEN.replaceAll('/', '\\/')],
  ])('%s: the developer sees the error code and the portal\'s sentence', async (_form, quoted) => {
    idp.answer = () => ({ status: 400, body: { error: 'invalid_client_metadata', error_description: `token ${quoted} may not register` } });
    const result = await create('Quoting App');
    expect(result).toMatchObject({ __typename: 'IdpRegistrationError', error: 'invalid_client_metadata', message: expect.stringMatching(/not shown because it quoted a credential/) });
    expect(JSON.stringify(result).toLowerCase()).not.toContain(INITIAL_TOKEN.slice(0, 12).toLowerCase());
    expect(idp.requests.at(-1)!.authorization).toBe(`Bearer ${INITIAL_TOKEN}`);
  });
});

/** An honest answer with fields replaced. */
function twisted(answer: { status: number; body?: unknown }, changes: Record<string, unknown>) {
  return { status: answer.status, body: { ...(answer.body as Record<string, unknown>), ...changes } };
}
