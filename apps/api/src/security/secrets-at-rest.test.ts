import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../lib/logger.ts';
import { DEMO_ACCOUNTS } from '../seed/demo-accounts.ts';
import { startApiHarness, type ApiHarness } from '../test-support/api-harness.ts';
import { CREATE, ROTATE, UPDATE } from '../modules/oauth-clients/test-support/oauth-client-fixtures.ts';

/**
 * Issue 7, "Secrets": one flow through GraphQL that handles every kind of secret the portal holds,
 * with every log line captured (the real logger, at trace level, redaction included). Afterwards
 * none of the secret values may appear in the log, in the raw SQLite files, or in any GraphQL
 * error message the flow produced.
 */

const lines: string[] = [];
const errorMessages: string[] = [];
/** Every secret value seen during the flow. */
const secrets = new Map<string, string>();
const initialAccessToken = `iat-${randomBytes(24).toString('base64url')}`;

let h: ApiHarness;
let admin: string;
let developer: string;

function remember(label: string, value: string | null | undefined) {
  expect(value, label).toBeTruthy();
  secrets.set(label, value!);
}

/** GraphQL over HTTP, keeping every error message for the final check. */
async function gql(query: string, variables: Record<string, unknown>, auth: { cookie?: string; bearer?: string }) {
  const res = await fetch(h.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(auth.cookie ? { cookie: auth.cookie } : {}),
      ...(auth.bearer ? { authorization: `Bearer ${auth.bearer}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  const body = JSON.parse(text) as { data?: Record<string, any>; errors?: { message: string }[] };
  for (const error of body.errors ?? []) errorMessages.push(error.message);
  // Union error members carry their message in `message` and field errors.
  for (const match of text.matchAll(/"message":"((?:[^"\\]|\\.)*)"/g)) errorMessages.push(JSON.parse(`"${match[1]}"`));
  const wwwAuthenticate = res.headers.get('www-authenticate');
  if (wwwAuthenticate) errorMessages.push(wwwAuthenticate);
  return body;
}

beforeAll(async () => {
  const logger = createLogger('trace', 'api', { write: (line: string) => void lines.push(line) });
  h = await startApiHarness({ logger, idpInitialAccessToken: initialAccessToken });
  admin = await h.signInAs('admin');
  developer = await h.signInAs('developer');
  remember('admin session token', admin.split('=')[1]);
  remember('developer session token', developer.split('=')[1]);
  remember('admin password', DEMO_ACCOUNTS.admin.password);
  remember('developer password', DEMO_ACCOUNTS.developer.password);
  remember('initial access token', initialAccessToken);
}, 60_000);
afterAll(() => h?.close());

async function openedRow(id: string) {
  const row = await h.db.oAuthClient.findUniqueOrThrow({ where: { id } });
  return { registrationAccessToken: h.api.services.secrets.openOptional(row.registrationAccessTokenEnc) };
}

describe('secrets through a full flow', () => {
  it('runs the flow: admin sets the initial access token, a developer creates, updates and rotates a client, API tokens are made and used', async () => {
    const entry = await h.db.catalogueEntry.findFirstOrThrow({ include: { dcrOverride: true } });
    const dcr = entry.dcrOverride!;
    const saved = await gql(
      'mutation($input: UpdateCatalogueEntryInput!) { updateCatalogueEntry(input: $input) { __typename } }',
      {
        input: {
          id: entry.id,
          publicName: entry.publicName,
          description: entry.description,
          policyId: entry.policyId,
          visible: true,
          overrideGlobalSettings: true,
          dcr: {
            enabled: true,
            provider: 'OTHER',
            grantTypes: ['authorization_code', 'client_credentials'],
            responseTypes: ['code'],
            tokenEndpointAuthMethod: 'client_secret_post',
            identityProviderHost: dcr.idpHost,
            clientRegistrationEndpoint: dcr.registrationEndpoint,
            initialRegistrationAccessToken: initialAccessToken,
          },
        },
      },
      { cookie: admin },
    );
    expect(saved.data!.updateCatalogueEntry.__typename).toBe('UpdateCatalogueEntrySuccess');

    const created = await gql(
      CREATE,
      { input: { catalogueEntryIds: [entry.id], clientName: 'Secret Keeper', redirectUris: ['https://app.example.com/cb'], idempotencyKey: crypto.randomUUID() } },
      { cookie: developer },
    );
    const client = created.data!.createOAuthClient.client;
    expect(created.data!.createOAuthClient.__typename).toBe('CreateOAuthClientSuccess');
    remember('client secret', client.clientSecret);
    remember('registration access token 1', (await openedRow(client.id)).registrationAccessToken);

    const updated = await gql(UPDATE, { input: { id: client.id, clientName: 'Secret Keeper 2', redirectUris: ['https://app.example.com/cb2'] } }, { cookie: developer });
    expect(updated.data!.updateOAuthClient.__typename).toBe('UpdateOAuthClientSuccess');
    remember('registration access token 2', (await openedRow(client.id)).registrationAccessToken);

    const rotated = await gql(ROTATE, { input: { id: client.id } }, { cookie: developer });
    expect(rotated.data!.rotateOAuthClientSecret.__typename).toBe('RotateOAuthClientSecretSuccess');
    remember('rotated client secret', rotated.data!.rotateOAuthClientSecret.client.clientSecret);
    remember('registration access token 3', (await openedRow(client.id)).registrationAccessToken);
    expect(secrets.get('rotated client secret')).not.toBe(secrets.get('client secret'));

    const tokenQuery = 'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { __typename ... on CreateApiTokenSuccess { value } } }';
    const adminToken = await gql(tokenQuery, { input: { name: 'CI sync', role: 'ADMIN', currentPassword: DEMO_ACCOUNTS.admin.password } }, { cookie: admin });
    remember('admin API token', adminToken.data!.createApiToken.value);
    const devToken = await gql(tokenQuery, { input: { name: 'My laptop', currentPassword: DEMO_ACCOUNTS.developer.password } }, { cookie: developer });
    remember('developer API token', devToken.data!.createApiToken.value);
    const mine = await gql('{ myOAuthClients { edges { node { clientId clientSecret } } } }', {}, { bearer: secrets.get('developer API token') });
    expect(mine.data!.myOAuthClients.edges[0].node.clientSecret).toBe(secrets.get('rotated client secret'));
  });

  it('runs the failure paths that produce error messages', async () => {
    // A wrong password, and a sign-in with someone's secret typed as the password.
    const wrong = `wrong-${randomBytes(8).toString('hex')}`;
    remember('mistyped password', wrong);
    await gql('mutation($i: SignInInput!) { signIn(input: $i) { __typename ... on InvalidCredentialsError { message } } }', { i: { email: DEMO_ACCOUNTS.admin.email, password: wrong } }, {});
    // An API token that does not exist, and one that is malformed.
    const forged = `${secrets.get('developer API token')!.slice(0, -4)}AAAA`;
    remember('forged API token', forged);
    await gql('{ me { id } }', {}, { bearer: forged });
    // The IdP refusing the credentials an admin set: the message must not repeat them.
    const badToken = `bad-${randomBytes(16).toString('base64url')}`;
    remember('wrong initial access token', badToken);
    const entry = await h.db.catalogueEntry.findFirstOrThrow({ include: { dcrOverride: true } });
    await h.db.dcrSettings.update({ where: { id: entry.dcrOverride!.id }, data: { initialAccessTokenEnc: h.api.services.secrets.seal(badToken) } });
    const refused = await gql(
      CREATE,
      { input: { catalogueEntryIds: [entry.id], clientName: 'Refused', redirectUris: ['https://app.example.com/cb'], idempotencyKey: crypto.randomUUID() } },
      { cookie: developer },
    );
    expect(refused.data!.createOAuthClient).toMatchObject({ __typename: 'IdpRegistrationError', message: expect.stringMatching(/refused the portal's credentials/) });
    // An unknown client id.
    await gql(ROTATE, { input: { id: 'no-such-client' } }, { cookie: developer });
  });

  it('wrote log lines (the capture works) and none contains a secret', () => {
    expect(lines.length).toBeGreaterThan(0);
    const log = lines.join('\n');
    for (const [label, value] of secrets) expect(log.includes(value), `${label} in the log`).toBe(false);
  });

  it('keeps no secret in what the database stores (SQLite: the raw files, WAL included)', async () => {
    const bytes = await h.everythingStored();
    // The capture sees the data: the client's name, stored plainly, is in it.
    expect(bytes.includes(Buffer.from('Secret Keeper 2'))).toBe(true);
    for (const [label, value] of secrets) expect(bytes.includes(Buffer.from(value)), `${label} in the database`).toBe(false);
  });

  it('puts no secret in any GraphQL error message', () => {
    expect(errorMessages.length).toBeGreaterThan(3);
    for (const message of errorMessages) {
      for (const [label, value] of secrets) expect(message.includes(value), `${label} in "${message}"`).toBe(false);
    }
  });
});
