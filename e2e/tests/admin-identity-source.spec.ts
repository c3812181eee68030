import { DEMO_ACCOUNTS, DEMO_NAMES } from '@gatehouse/api/demo-accounts';
import { startStack, type RunningStack } from '@gatehouse/stack';
import { expect, test, type Page } from '@playwright/test';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OWN_STACK_PORT_BASE, stackEnv } from '../support/e2e-env.ts';

/**
 * An API whose access tokens come from a Keycloak realm, where the client is in `azp` (a signed-in
 * user's token has no client_id, and sub is the user). The realm is faked at its HTTP boundary:
 * its discovery document and JWKS, and tokens in Keycloak's shape signed with its key. The admin
 * takes the identity source the form suggests; a developer's client then calls through the gateway.
 * Its own stack with the demo data, so editing the demo policy leaves the shared stack alone.
 */
const ENV = stackEnv(OWN_STACK_PORT_BASE + 200);
const echo = `http://127.0.0.1:${ENV.ECHO_PORT}`;
const gateway = `http://127.0.0.1:${ENV.GATEWAY_PORT}`;

let stack: RunningStack;
let dataDir: string;
let realm: { issuer: string; server: Server; privateKey: CryptoKey; jwk: JWK };

async function startKeycloakRealm(): Promise<typeof realm> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'realm-key-1', alg: 'RS256', use: 'sig' };
  const server = createServer((req, res) => {
    const body =
      req.url === '/realms/shop/.well-known/openid-configuration'
        ? {
            issuer: realm.issuer,
            jwks_uri: `${realm.issuer}/protocol/openid-connect/certs`,
            token_endpoint: `${realm.issuer}/protocol/openid-connect/token`,
            authorization_endpoint: `${realm.issuer}/protocol/openid-connect/auth`,
            claims_supported: ['aud', 'sub', 'iss', 'auth_time', 'name', 'given_name', 'family_name', 'preferred_username', 'email', 'acr', 'azp'],
          }
        : req.url === '/realms/shop/protocol/openid-connect/certs'
          ? { keys: [jwk] }
          : null;
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body ?? { error: 'not found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/realms/shop`;
  return { issuer, server, privateKey, jwk };
}

/** An access token as Keycloak issues it after an authorization code flow for `clientId`. */
function keycloakUserToken(clientId: string, extra: Record<string, unknown> = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    exp: now + 300, iat: now, auth_time: now - 5, jti: `onrtac:${crypto.randomUUID()}`, iss: realm.issuer, aud: 'account',
    sub: 'f1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', typ: 'Bearer', azp: clientId, sid: crypto.randomUUID(), acr: '1',
    scope: 'openid profile email', email_verified: true, preferred_username: 'jane', email: 'jane@example.com',
    ...extra,
  })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: 'realm-key-1' })
    .sign(realm.privateKey);
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  realm = await startKeycloakRealm();
  dataDir = await mkdtemp(join(tmpdir(), 'gatehouse-identity-e2e-'));
  stack = await startStack({ env: { ...ENV, GATEHOUSE_DATA_DIR: dataDir }, write: () => {} });
});

test.afterAll(async () => {
  await stack?.stop();
  if (realm) await new Promise<void>((resolve) => realm.server.close(() => resolve()));
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function openMenu(page: Page, group: 'System Management' | 'Portal Management', item: string) {
  await page.getByRole('group', { name: group }).getByRole('link', { name: item }).click();
  await expect(page.getByRole('heading', { level: 1, name: item })).toBeVisible();
}

test('an admin takes the identity source the form suggests for Keycloak tokens, and a developer calls the API with one', async ({ page, request }) => {
  test.setTimeout(180_000);
  const web = `http://127.0.0.1:${ENV.WEB_PORT}`;

  await test.step('the admin creates keycloak-orders; Discover recognises Keycloak and the form suggests azp', async () => {
    await page.goto(`${web}/sign-in`);
    await page.getByLabel('Email').fill(DEMO_ACCOUNTS.admin.email);
    await page.getByLabel('Password').fill(DEMO_ACCOUNTS.admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await openMenu(page, 'System Management', 'APIs');
    await page.getByRole('link', { name: 'Create API' }).click();
    await page.getByLabel('API Name').fill('keycloak-orders');
    await page.getByRole('button', { name: 'Configure API' }).click();
    await page.getByLabel('Upstream URL').fill(echo);

    const authentication = page.getByRole('region', { name: 'Authentication' });
    await expect(authentication.getByLabel('Identity source')).toHaveValue('client_id azp cid');
    await authentication.getByLabel('Issuer or discovery URL').fill(realm.issuer);
    await authentication.getByRole('button', { name: 'Discover' }).click();
    const found = authentication.getByRole('region', { name: 'Discovery result' });
    await expect(found).toContainText('its tokens look like Keycloak’s');
    await expect(found).toContainText('azp');
    await expect(authentication.getByLabel('JWKS URI')).toHaveValue(`${realm.issuer}/protocol/openid-connect/certs`);
    await expect(authentication.getByLabel('Tokens issued by')).toHaveValue('KEYCLOAK');
    await expect(authentication).toContainText('The discovery document lists sub, azp among its claims_supported.');

    await authentication.getByRole('button', { name: 'Use azp' }).click();
    await expect(authentication.getByLabel('Identity source')).toHaveValue('azp');
    await authentication.getByLabel('Audience').fill('account');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'keycloak-orders was created.' })).toBeVisible();

    await page.getByRole('link', { name: 'keycloak-orders' }).click();
    await expect(page.getByRole('region', { name: 'Authentication' }).getByLabel('Identity source')).toHaveValue('azp');
  });

  await test.step(`the admin lets ${DEMO_NAMES.policy} grant keycloak-orders too`, async () => {
    await openMenu(page, 'System Management', 'Policies');
    await page.getByRole('link', { name: DEMO_NAMES.policy }).click();
    await page.getByRole('checkbox', { name: 'keycloak-orders' }).check();
    await page.getByRole('button', { name: 'Update Policy' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${DEMO_NAMES.policy} was saved.` })).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  });

  let clientId = '';
  await test.step(`a developer creates a client for ${DEMO_NAMES.catalogueEntry}`, async () => {
    // This spec's own stack: the sign-up page of its web app, not the shared stack's baseURL.
    await page.goto(`${web}/sign-in`);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Name').fill('Keycloak Developer');
    await page.getByLabel('Email').fill('keycloak-developer@example.com');
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Catalogue' })).toBeVisible();
    await page.getByRole('link', { name: 'OAuth clients' }).click();
    await page.getByRole('button', { name: 'Create first Oauth Client' }).click();
    await page.getByRole('checkbox', { name: DEMO_NAMES.catalogueEntry }).check();
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByLabel('Client name').fill('Orders Web');
    await page.getByLabel('Redirect URLs').fill('https://orders.example.com/callback');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Orders Web' })).toBeVisible();
    const details = page.getByRole('region', { name: 'Client details' });
    clientId = (await details.locator('dt:text-is("Client ID") + dd').locator('code').first().innerText()).trim();
    expect(clientId).not.toBe('');
  });

  await test.step('a Keycloak user token naming the client in azp passes the gateway; one without azp is refused', async () => {
    const call = async (token: string) => request.get(`${gateway}/keycloak-orders/orders`, { headers: { authorization: `Bearer ${token}` } });
    const token = await keycloakUserToken(clientId);
    // The gateway picks up new APIs and clients by polling the portal database; allow it a moment.
    await expect.poll(async () => (await call(token)).status(), { timeout: 15_000 }).toBe(200);
    const echoed = await (await call(token)).json();
    expect(echoed.headers['x-gatehouse-client-id']).toBe(clientId);
    expect(echoed.headers['x-gatehouse-scope']).toBe('openid profile email');

    const refused = await call(await keycloakUserToken(clientId, { azp: undefined, client_id: clientId }));
    expect(refused.status()).toBe(401);
    expect((await refused.json()).error_description).toBe('The access token does not identify a client: it has no client id in azp');
  });
});
