import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEANUPS, CREATE, curityDemoApiId, newDeveloper } from '../modules/oauth-clients/test-support/oauth-client-fixtures.ts';
import { startApiHarness, type ApiHarness } from '../test-support/api-harness.ts';
import { faultsFrom, type Faults } from './fault-points.ts';
import { clientsAtIdp } from './test-support/idp-clients.ts';

/**
 * What the API does at start with registrations a previous run left half-done (ADR 009), for the
 * cases the process-kill test (killed-mid-registration.test.ts) does not reach: the one write
 * between the IdP's answer and the journal, and an IdP that cannot delete at restart.
 */
let h: ApiHarness;
let developer: string;
let apiId: string;

const deps = () => (h.api.services.oauthClients as unknown as { deps: { faults?: Faults; leases: { leaseMs: number } } }).deps;
/** As another replica would once this one died and its leases expired. */
const reconcileAsIfRestarted = () => h.api.services.oauthClients.reconcileInterruptedRegistrations(new Date(Date.now() + deps().leases.leaseMs + 1000));
const cleanups = async () => (await h.gql(CLEANUPS, {}, await h.signInAs('admin'))).data!.idpCleanups.edges.map((edge: any) => edge.node);

async function reconciledEvent(clientName: string) {
  const { data } = await h.gql('{ auditEvents(targetType: "IdpCleanup") { edges { node { action details } } } }', {}, await h.signInAs('admin'));
  return data!.auditEvents.edges
    .map((edge: any) => ({ action: edge.node.action, details: JSON.parse(edge.node.details) }))
    .find((event: any) => event.action === 'idp_cleanup.reconciled' && event.details.clientName === clientName);
}

beforeAll(async () => {
  h = await startApiHarness();
  developer = (await newDeveloper(h)).cookie;
  apiId = await curityDemoApiId(h, developer);
});
afterAll(async () => {
  if (h) deps().faults = undefined;
  await h?.close();
});

describe('reconciling interrupted registrations at start', () => {
  it('shows admins a registration that stopped as the IdP answered, before the journal knew the client', async () => {
    const clientName = `Stopped App ${crypto.randomUUID().slice(0, 8)}`;
    const pause = faultsFrom('registration-answered:pause', pino({ level: 'silent' }))!;
    let reached!: () => void;
    const stopped = new Promise<void>((resolve) => (reached = resolve));
    deps().faults = { reach: (point) => (point === 'registration-answered' && reached(), pause.reach(point)) };
    const request = new AbortController();
    const input = { catalogueEntryIds: [apiId], clientName, redirectUris: ['https://app.example/cb'], idempotencyKey: crypto.randomUUID() };
    const pending = fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: developer },
      body: JSON.stringify({ query: CREATE, variables: { input } }),
      signal: request.signal,
    }).catch(() => 'aborted');
    // The IdP registered it and answered; the portal "stops" there (the pause), as a crash would.
    await stopped;
    request.abort();
    await pending;
    deps().faults = undefined;

    const summary = await reconcileAsIfRestarted();
    expect(summary.leftForAdmins).toBeGreaterThanOrEqual(1);
    expect((await cleanups()).find((entry: any) => entry.clientName === clientName)).toMatchObject({
      state: 'OUTCOME_UNKNOWN',
      clientId: null,
      canDeleteAtIdp: false,
      problem: expect.stringMatching(/does not know whether the client exists there\. Check the identity provider/),
    });
    expect(await reconciledEvent(clientName)).toMatchObject({ details: { outcome: 'left_for_admin', state: 'OUTCOME_UNKNOWN' } });
    // This one write is the window ADR 009 accepts: the IdP does hold the client, and the entry says to check.
    expect(clientsAtIdp(`${h.dataDir}/idp.db`).filter((c) => c.client_name === clientName)).toHaveLength(1);
  });

  it('keeps a journalled client the IdP cannot delete at restart for admins, with the means to delete it later', async () => {
    const developerRow = await h.db.user.findFirstOrThrow({ where: { role: 'DEVELOPER' } });
    const entry = await h.db.idpCleanup.create({
      data: {
        developerId: developerRow.id,
        provider: 'CURITY',
        registrationEndpoint: 'http://127.0.0.1:9/register',
        clientName: 'Unreachable App',
        state: 'REGISTERING',
        clientId: 'unreachable-client',
        registrationClientUri: 'http://127.0.0.1:9/register/unreachable-client',
        registrationAccessTokenEnc: h.api.services.secrets.seal('rat-unreachable'),
        createdAt: new Date(Date.now() - 60_000),
      },
    });
    await reconcileAsIfRestarted();
    expect((await cleanups()).find((row: any) => row.id === entry.id)).toMatchObject({
      state: 'NOT_STORED',
      clientId: 'unreachable-client',
      canDeleteAtIdp: true,
      problem: expect.stringMatching(/before storing it; deleting it there on restart failed: The identity provider at 127\.0\.0\.1:9 could not be reached/),
    });
    expect(await reconciledEvent('Unreachable App')).toMatchObject({ details: { outcome: 'left_for_admin', clientId: 'unreachable-client', state: 'NOT_STORED' } });
  });

  it('leaves alone a registration whose replica still holds its lease (it is underway, not interrupted)', async () => {
    const developerRow = await h.db.user.findFirstOrThrow({ where: { role: 'DEVELOPER' } });
    const underway = await h.db.idpCleanup.create({
      data: {
        developerId: developerRow.id,
        provider: 'CURITY',
        registrationEndpoint: 'http://127.0.0.1:9/register',
        clientName: 'Underway App',
        state: 'REGISTERING',
        createdAt: new Date(Date.now() - 5 * 60_000),
        leaseOwner: 'another-replica',
        leaseExpiresAt: new Date(Date.now() + 30_000),
      },
    });
    await h.api.services.oauthClients.reconcileInterruptedRegistrations();
    expect(await h.db.idpCleanup.findUniqueOrThrow({ where: { id: underway.id } })).toMatchObject({ state: 'REGISTERING', problem: null });
  });
});
