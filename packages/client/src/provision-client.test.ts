import { DEMO_ACCOUNTS } from '@gatehouse/api/demo-accounts';
import { startApiHarness, type ApiHarness } from '@gatehouse/api/test-support/api-harness';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatehouseClient, GatehouseError } from './gatehouse-client.ts';
import { listClientsWithUsage } from './list-clients.ts';

const TSX = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../examples/provision-client.ts', import.meta.url));

let h: ApiHarness;
let adminToken: string;
let readOnlyToken: string;

async function createToken(cookie: string, role: string): Promise<string> {
  const { data } = await h.gql(
    'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { ... on CreateApiTokenSuccess { value } } }',
    // Creating a token asks for the admin's password again.
    { input: { name: `client test ${role}`, role, currentPassword: DEMO_ACCOUNTS.admin.password } },
    cookie,
  );
  return data!.createApiToken.value;
}

/** Runs the example as integrators do: GATEHOUSE_URL and GATEHOUSE_TOKEN in the environment. */
function runExample(env: Record<string, string>, args: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(TSX, [EXAMPLE, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  h = await startApiHarness();
  const admin = await h.signInAs('admin');
  adminToken = await createToken(admin, 'ADMIN');
  readOnlyToken = await createToken(admin, 'READ_ONLY');
});
afterAll(() => h?.close());

describe('examples/provision-client.ts', () => {
  it('publishes an API with DCR settings and provisions a client for a developer at the real IdP, printing no secret', async () => {
    const run = await runExample({ GATEHOUSE_URL: h.url, GATEHOUSE_TOKEN: adminToken }, ['--api-name', 'inventory-api', '--developer', 'dev@gatehouse.local', '--grant-types', 'authorization_code,client_credentials']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Published API "inventory-api" at \S+\/inventory-api\/ \(id \w+\)\.$/);
    expect(lines[1]).toMatch(/^Created policy "inventory-api policy" granting it/);
    expect(lines[2]).toMatch(/^Published catalogue entry "inventory-api" \(id \w+\) with its own DCR settings, based on catalogue entry "Curity Demo API": OTHER at http:\/\/127\.0\.0\.1:\d+\/.*oauth-registration, grant types authorization_code client_credentials\.$/);
    expect(lines[3]).toMatch(/^Provisioned OAuth client "inventory-api client" for dev@gatehouse\.local: client_id \S+ \(id \w+\)\.$/);
    expect(lines[4]).toBe("Client secret: held for dev@gatehouse.local, who sees it on the client's page in the portal.");

    // What it did is really there: an override on the entry, and a client the developer owns.
    const entry = await h.db.catalogueEntry.findFirstOrThrow({ where: { publicName: 'inventory-api' }, include: { dcrOverride: true } });
    expect(entry.overrideGlobalDcr).toBe(true);
    expect(entry.dcrOverride).toMatchObject({ enabled: true, grantTypes: 'authorization_code client_credentials' });
    const stored = await h.db.oAuthClient.findFirstOrThrow({ where: { clientName: 'inventory-api client' }, include: { developer: true, catalogueEntries: true } });
    expect(stored.developer.email).toBe('dev@gatehouse.local');
    expect(stored.catalogueEntries.map((e) => e.id)).toEqual([entry.id]);
    expect(run.stdout).toContain(stored.clientId);
    // The IdP holds the client: it issues a token to it with the secret the developer sees.
    const dev = await h.signInAs('developer');
    const { data } = await h.gql('query($id: ID!) { oauthClient(id: $id) { clientSecret tokenEndpoint } }', { id: stored.id }, dev);
    const secret = data!.oauthClient.clientSecret as string;
    expect(run.stdout).not.toContain(secret);
    const tokenRes = await fetch(data!.oauthClient.tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: stored.clientId, client_secret: secret }),
    });
    expect(tokenRes.status).toBe(200);
    const audit = await h.db.auditEvent.findFirstOrThrow({ where: { action: 'oauth_client.provisioned', targetId: stored.id } });
    expect(JSON.parse(audit.detailsJson)).toMatchObject({ developerId: stored.developerId });
  });

  it("prints JSON for scripts with --json (after pnpm's --, too)", async () => {
    const run = await runExample({ GATEHOUSE_URL: h.url, GATEHOUSE_TOKEN: adminToken }, ['--', '--json', '--api-name', 'json-api']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ api: { name: 'json-api', listenPath: '/json-api/' }, catalogueEntry: { publicName: 'json-api', overrideGlobalSettings: true }, client: { owner: 'dev@gatehouse.local' } });
    expect(out.client.clientSecret).toBeUndefined();
  });

  it('explains what is wrong: no environment, a read-only token, an unknown token', async () => {
    const missing = await runExample({ GATEHOUSE_URL: '', GATEHOUSE_TOKEN: '' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Set GATEHOUSE_URL (the /graphql endpoint) and GATEHOUSE_TOKEN');
    const readOnly = await runExample({ GATEHOUSE_URL: h.url, GATEHOUSE_TOKEN: readOnlyToken });
    expect(readOnly.code).toBe(1);
    expect(readOnly.stderr).toContain('Gatehouse answered FORBIDDEN (HTTP 403): You are not allowed to change anything with a read-only API token');
    const bogus = await runExample({ GATEHOUSE_URL: h.url, GATEHOUSE_TOKEN: 'gh_' + 'x'.repeat(43) });
    expect(bogus.stderr).toContain('Gatehouse answered UNAUTHENTICATED (HTTP 401): The API token is not valid.');
  });
});

describe('GatehouseClient', () => {
  it('lists every client with its usage through the typed query, page by page', async () => {
    const client = new GatehouseClient({ url: h.url, token: readOnlyToken });
    const clients = [];
    for await (const c of listClientsWithUsage(client, 1)) clients.push(c);
    expect(clients.length).toBeGreaterThanOrEqual(2);
    expect(clients.map((c) => c.clientName)).toContain('inventory-api client');
    expect(clients[0]!.usage.__typename).toMatch(/^(ClientUsage|UsageUnavailable)$/);
  });

  it('rejects with the API error code, so callers can branch on it', async () => {
    const client = new GatehouseClient({ url: h.url, token: 'gh_' + 'y'.repeat(43) });
    const error = await client.request((await import('./generated/graphql.ts')).MeDocument).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatehouseError);
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
  });
});
