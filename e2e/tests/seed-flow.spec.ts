import { expect, test } from '@playwright/test';
import { e2eUrls } from '../support/e2e-env.ts';
import { portalDb } from '../support/portal-db.ts';
import { signIn } from '../support/sign-in.ts';

/**
 * The walking skeleton's slice, as the seed guide's developer half does it: create a client in
 * the portal, get a client-credentials token from the IdP with what the page shows, call the API
 * through the gateway and see the JWT reach the echo upstream.
 */
test('a developer registers a client and calls the API through the gateway with its token', async ({ page, request }) => {
  await signIn(page, 'developer');
  await page.getByRole('link', { name: 'OAuth clients' }).click();
  await page.getByRole('button', { name: 'Create first Oauth Client' }).click();

  await page.getByRole('checkbox', { name: 'Curity Demo API' }).check();
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await page.getByLabel('Client name').fill('Seed Guide App');
  await page.getByLabel('Redirect URLs').fill('http://localhost:7777;https://oauth.tools/callback/code');
  const chips = page.getByRole('list', { name: 'URLs to register' }).getByRole('listitem');
  await expect(chips).toHaveText(['http://localhost:7777', 'https://oauth.tools/callback/code']);
  await page.getByRole('button', { name: 'Create', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Seed Guide App' })).toBeVisible();
  const details = page.getByRole('region', { name: 'Client details' });
  const valueOf = (term: string) => details.locator(`dt:text-is("${term}") + dd`);
  await expect(valueOf('Redirect URIs')).toContainText('http://localhost:7777');
  await expect(valueOf('Redirect URIs')).toContainText('https://oauth.tools/callback/code');
  const clientId = (await valueOf('Client ID').locator('code').first().innerText()).trim();
  expect(clientId).not.toBe('');
  await page.getByRole('button', { name: 'Reveal', exact: true }).click();
  const clientSecret = (await valueOf('Client secret').locator('code').first().innerText()).trim();
  expect(clientSecret).not.toMatch(/•/);

  // The credentials the page showed get a token from the IdP (the client exists there).
  const discovery = await (await request.get(`${e2eUrls.issuer}/.well-known/openid-configuration`)).json();
  const tokenResponse = await request.post(discovery.token_endpoint, {
    form: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret },
  });
  expect(tokenResponse.status()).toBe(200);
  const { access_token: accessToken } = await tokenResponse.json();

  // Through the gateway, the echo upstream receives the JWT.
  const call = await request.get(`${e2eUrls.gateway}/curity-api/anything?from=e2e`, { headers: { authorization: `Bearer ${accessToken}` } });
  expect(call.status()).toBe(200);
  const echoed = await call.json();
  expect(echoed.headers.authorization).toBe(`Bearer ${accessToken}`);
  expect(echoed.path).toBe('/anything');

  // No token, or a tampered one: 401.
  const anonymous = await request.get(`${e2eUrls.gateway}/curity-api/anything`);
  expect(anonymous.status()).toBe(401);
  const [header, payload, signature] = accessToken.split('.');
  const flipped = `${signature.slice(0, -4)}${signature.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
  const tampered = await request.get(`${e2eUrls.gateway}/curity-api/anything`, { headers: { authorization: `Bearer ${header}.${payload}.${flipped}` } });
  expect(tampered.status()).toBe(401);

  // The portal stored the client, and the secret is nowhere in the database file as plain text.
  const db = portalDb.client();
  try {
    const stored = await db.oAuthClient.findFirstOrThrow({ where: { clientId } });
    expect(stored.clientName).toBe('Seed Guide App');
  } finally {
    await db.$disconnect();
  }
  expect((await portalDb.rawBytes()).includes(clientSecret)).toBe(false);
});
