import { startFakeIdp, type FakeAnswer, type FakeIdp, type SeenRequest } from '@gatehouse/dcr/test-support/fake-idp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import { CLEANUPS, CREATE, curityDemoApiId, newDeveloper, RESOLVE_CLEANUP } from './test-support/oauth-client-fixtures.ts';

/**
 * Issue 4's "nothing lost, nothing orphaned", and the IdP faults the wizard must survive. The
 * Curity Demo API is pointed at a fake IdP whose answers each test chooses.
 */
let h: ApiHarness;
let developer: string;
let apiId: string;
let fake: FakeIdp;
let answer: (req: SeenRequest) => FakeAnswer | Promise<FakeAnswer> | undefined;
let original: { registrationEndpoint: string | null; idpHost: string | null };
let overrideId: string;

type OperationsDeps = { deps: { idpTimeoutMs: number; clients: { createResolvingCleanup: (...args: unknown[]) => Promise<unknown> } } };
const deps = () => (h.api.services.oauthClients as unknown as OperationsDeps).deps;

beforeAll(async () => {
  h = await startApiHarness();
  developer = (await newDeveloper(h)).cookie;
  apiId = await curityDemoApiId(h, developer);
  fake = await startFakeIdp((req) => answer(req));
  const entry = await h.db.catalogueEntry.findUniqueOrThrow({ where: { id: apiId }, include: { dcrOverride: true } });
  overrideId = entry.dcrOverrideId!;
  original = { registrationEndpoint: entry.dcrOverride!.registrationEndpoint, idpHost: entry.dcrOverride!.idpHost };
  await h.db.dcrSettings.update({ where: { id: overrideId }, data: { registrationEndpoint: `${fake.origin}/register`, idpHost: null } });
});
afterAll(async () => {
  await fake?.close();
  await h?.close();
});
afterEach(() => {
  deps().idpTimeoutMs = 10_000;
});

const create = (clientName: string) =>
  h.gql(CREATE, { input: { catalogueEntryIds: [apiId], clientName, redirectUris: ['https://app.example/cb'], idempotencyKey: crypto.randomUUID() } }, developer);

/** A registration answer whose RFC 7592 means point back at the fake. */
const registered = (clientId: string): FakeAnswer => ({
  status: 201,
  body: {
    client_id: clientId,
    client_secret: 's3cret',
    client_name: 'x',
    redirect_uris: ['https://app.example/cb'],
    registration_access_token: `rat-${clientId}`,
    registration_client_uri: `${fake.origin}/register/${clientId}`,
  },
});
const journal = (clientName: string) => h.db.idpCleanup.findMany({ where: { clientName } });

describe('the registration journal', () => {
  it('is written before the IdP is called and cleared once the client is stored', async () => {
    let seenDuringCall: unknown[] = [];
    answer = async () => {
      seenDuringCall = await h.db.idpCleanup.findMany({ where: { clientName: 'Journalled App' } });
      return registered('journalled');
    };
    const { data } = await create('Journalled App');
    expect(data!.createOAuthClient.__typename).toBe('CreateOAuthClientSuccess');
    expect(seenDuringCall).toEqual([expect.objectContaining({ state: 'REGISTERING', clientId: null })]);
    expect(await journal('Journalled App')).toEqual([]);
  });

  it('deletes the client at the IdP when the portal cannot store it, and leaves nothing behind', async () => {
    const seen: string[] = [];
    answer = (req) => {
      seen.push(`${req.method} ${req.url} ${req.authorization ?? ''}`.trim());
      return req.method === 'POST' ? registered('undone') : { status: 204 };
    };
    const restore = failStoring();
    try {
      const result = await create('Undone App');
      expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL');
    } finally {
      restore();
    }
    expect(seen).toEqual(['POST /register', 'DELETE /register/undone Bearer rat-undone']);
    expect(await journal('Undone App')).toEqual([]);
    expect(await h.db.oAuthClient.count({ where: { clientId: 'undone' } })).toBe(0);
  });

  it('records a client it could neither store nor delete for admins, who can delete it at the IdP later', async () => {
    let deleteWorks = false;
    answer = (req) => (req.method === 'POST' ? registered('stranded') : deleteWorks ? { status: 204 } : { status: 503, body: { error: 'temporarily_unavailable' } });
    const restore = failStoring();
    try {
      await create('Stranded App');
    } finally {
      restore();
    }
    const admin = await h.signInAs('admin');
    const entries = (await h.gql(CLEANUPS, {}, admin)).data!.idpCleanups.edges.map((e: any) => e.node);
    const entry = entries.find((n: any) => n.clientName === 'Stranded App');
    expect(entry).toMatchObject({ state: 'NOT_STORED', clientId: 'stranded', canDeleteAtIdp: true, problem: expect.stringMatching(/could not store it/) });
    // The registration access token is kept sealed, like every other.
    expect((await h.db.idpCleanup.findUniqueOrThrow({ where: { id: entry.id } })).registrationAccessTokenEnc).not.toContain('rat-stranded');

    deleteWorks = true;
    const { data } = await h.gql(RESOLVE_CLEANUP, { input: { id: entry.id, action: 'DELETE_AT_IDP' } }, admin);
    expect(data!.resolveIdpCleanup.__typename).toBe('ResolveIdpCleanupSuccess');
    expect(fake.requests.at(-1)).toMatchObject({ method: 'DELETE', url: '/register/stranded', authorization: 'Bearer rat-stranded' });
    expect(await journal('Stranded App')).toEqual([]);
  });
});

describe('the journal after a crash', () => {
  it('shows admins a registration that stopped mid-call, but not one still underway', async () => {
    const developerRow = await h.db.user.findFirstOrThrow({ where: { role: 'DEVELOPER' } });
    const base = { developerId: developerRow.id, provider: 'OTHER', registrationEndpoint: `${fake.origin}/register`, state: 'REGISTERING' };
    await h.db.idpCleanup.create({ data: { ...base, clientName: 'Crashed App', createdAt: new Date(Date.now() - 5 * 60_000) } });
    await h.db.idpCleanup.create({ data: { ...base, clientName: 'Underway App' } });
    const admin = await h.signInAs('admin');
    const names = (await h.gql(CLEANUPS, {}, admin)).data!.idpCleanups.edges.map((e: any) => e.node);
    expect(names).toContainEqual(expect.objectContaining({ clientName: 'Crashed App', state: 'REGISTERING', canDeleteAtIdp: false, problem: expect.stringMatching(/stopped/) }));
    expect(names.map((n: any) => n.clientName)).not.toContain('Underway App');
  });
});

describe('IdP faults: a clear message, nothing stored', () => {
  it.each([
    ['answers HTTP 500', () => ({ status: 500, body: { error: 'server_error' } }), /answered HTTP 500/, []],
    ['refuses the initial access token', () => ({ status: 401, body: { error: 'invalid_token' } }), /Initial Registration Access Token/, []],
  ])('when the IdP %s (and drops the journal entry: nothing was registered)', async (_name, reply, message, left) => {
    answer = reply;
    const { data } = await create(`Fault ${_name}`);
    expect(data!.createOAuthClient).toMatchObject({ __typename: 'IdpRegistrationError', error: 'idp_unavailable', path: null, message: expect.stringMatching(message) });
    expect(await journal(`Fault ${_name}`)).toEqual(left);
  });

  it("passes the IdP's invalid_client_metadata through with its description, for the whole form", async () => {
    answer = () => ({ status: 400, body: { error: 'invalid_client_metadata', error_description: 'grant_types must not contain implicit' } });
    const { data } = await create('Rejected App');
    expect(data!.createOAuthClient).toEqual({ __typename: 'IdpRegistrationError', error: 'invalid_client_metadata', message: 'grant_types must not contain implicit', path: null });
  });

  it('garbled: an HTML 200 may have registered something, so admins are told', async () => {
    answer = () => ({ status: 200, body: '<html>login</html>' });
    const { data } = await create('Garbled App');
    expect(data!.createOAuthClient).toMatchObject({ __typename: 'IdpRegistrationError', error: 'idp_unavailable' });
    expect(await journal('Garbled App')).toEqual([expect.objectContaining({ state: 'OUTCOME_UNKNOWN' })]);
  });

  it('slow: gives up after the timeout, says so, and records that the IdP may have registered the client', async () => {
    deps().idpTimeoutMs = 300;
    answer = () => new Promise((resolve) => setTimeout(() => resolve(registered('late')), 1_000));
    const started = Date.now();
    const { data } = await create('Slow App');
    expect(Date.now() - started).toBeLessThan(900);
    expect(data!.createOAuthClient).toMatchObject({ __typename: 'IdpRegistrationError', error: 'idp_unavailable', message: expect.stringMatching(/did not answer in time/) });
    expect(await journal('Slow App')).toEqual([expect.objectContaining({ state: 'OUTCOME_UNKNOWN', problem: expect.stringMatching(/may have registered "Slow App"/) })]);
    expect(await h.db.oAuthClient.count({ where: { clientId: 'late' } })).toBe(0);
  });
});

/** Makes the next stores fail, as a full disk would; returns the undo. */
function failStoring(): () => void {
  const repo = deps().clients;
  const real = repo.createResolvingCleanup;
  repo.createResolvingCleanup = async () => {
    throw new Error('disk full');
  };
  return () => {
    repo.createResolvingCleanup = real;
  };
}

// Keep the demo settings intact for any later use of this harness.
afterAll(async () => {
  if (overrideId) await h?.db.dcrSettings.update({ where: { id: overrideId }, data: original }).catch(() => undefined);
});
