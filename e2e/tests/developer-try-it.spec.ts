import { expect, test, type Locator, type Page } from '@playwright/test';
import { createFirstDemoClient } from '../support/create-client.ts';
import { e2eUrls } from '../support/e2e-env.ts';
import { allowAtEmbeddedIdp, signInAtEmbeddedIdp } from '../support/idp-sign-in.ts';
import { signUpDeveloper } from '../support/sign-up.ts';

/**
 * Issue 6, "For developers: try it": on the client page a developer gets a token both ways
 * (client credentials; authorization code with PKCE by pasting the code, then through the portal's
 * own callback) and calls the API through the gateway, seeing the echo's answer with the JWT.
 */

const details = (page: Page) => page.getByRole('region', { name: 'Client details' });
const valueOf = (page: Page, term: string) => details(page).locator(`dt:text-is("${term}") + dd`);
const getToken = (page: Page) => page.getByRole('region', { name: 'Get a token' });
const callApi = (page: Page) => page.getByRole('region', { name: 'Call the API' });
const tokenRegion = (page: Page) => getToken(page).getByRole('region', { name: 'Access token' });

/** The claims table's value for a claim, as shown (strings without quotes). */
const claimValue = (page: Page, name: string) =>
  tokenRegion(page).getByRole('table', { name: 'Claims' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) }).getByRole('cell');

async function revealedToken(page: Page): Promise<string> {
  await tokenRegion(page).getByRole('button', { name: 'Reveal token' }).click();
  const token = (await tokenRegion(page).getByLabel('Access token value', { exact: true }).innerText()).trim();
  expect(token.split('.')).toHaveLength(3);
  return token;
}

async function sendAndExpectEcho(page: Page, token: string, path: string): Promise<Locator> {
  const panel = callApi(page);
  await panel.getByLabel('Path').fill(path);
  await panel.getByRole('button', { name: 'Send request' }).click();
  const response = panel.getByRole('region', { name: 'Response' });
  const status = response.getByRole('status').filter({ hasText: 'HTTP' });
  await expect(status).toContainText('HTTP 200');
  await expect(status).toContainText(/in \d+ ms/);
  const body = response.getByLabel('Response body', { exact: true });
  // The echo upstream shows what the gateway forwarded: the very JWT the portal got.
  await expect(body).toContainText(`"authorization": "Bearer ${token}"`);
  return body;
}

test('a developer gets a token both ways and calls the API through the gateway from the client page', async ({ page, browser }) => {
  // Three grants, three IdP round trips and three calls through the gateway: one long journey.
  test.setTimeout(150_000);
  const developer = await signUpDeveloper(page, 'Try-it Developer');

  // A client for the demo API, registered with client_credentials and authorization_code.
  await createFirstDemoClient(page, 'Try-it app');
  const clientId = (await valueOf(page, 'Client ID').locator('code').first().innerText()).trim();

  // Before any token the call cannot be sent, and says why.
  await expect(callApi(page).getByRole('button', { name: 'Send request' })).toBeDisabled();
  await expect(callApi(page)).toContainText('Get a token above first');

  // 1. Client credentials: the portal calls the IdP's token endpoint with the stored secret.
  await getToken(page).getByRole('radio', { name: 'Client credentials' }).check();
  await getToken(page).getByRole('button', { name: 'Get token' }).click();
  await expect(getToken(page).getByRole('status').filter({ hasText: 'The identity provider issued an access token' })).toBeVisible();
  await expect(claimValue(page, 'client_id')).toContainText(clientId);
  await expect(tokenRegion(page).getByRole('table', { name: 'Header' })).toContainText('at+jwt');
  await expect(tokenRegion(page)).toContainText(/Expires\s*in (59 min|1 h)/);
  const credentialsToken = await revealedToken(page);

  // The same request as curl, against the gateway's public URL, token hidden until revealed.
  const curl = callApi(page).getByLabel('curl command', { exact: true });
  await callApi(page).getByLabel('Path').fill('anything?demo=1');
  await expect(curl).toContainText(`curl '${e2eUrls.gateway}/curity-api/anything?demo=1'`);
  await expect(curl).toContainText('<access token hidden: Reveal>');
  await expect(curl).not.toContainText(credentialsToken);
  await callApi(page).getByRole('button', { name: 'Reveal token' }).click();
  await expect(curl).toContainText(`Authorization: Bearer ${credentialsToken}`);

  const body = await sendAndExpectEcho(page, credentialsToken, 'anything?demo=1');
  await expect(body).toContainText('"demo": "1"');

  // 2. Authorization code + PKCE without touching the client: open the URL, paste the redirect back.
  await getToken(page).getByRole('radio', { name: 'Authorization code with PKCE' }).check();
  await getToken(page).getByLabel('Scope').fill('openid read');
  await getToken(page).getByRole('radio', { name: "To one of the client's redirect URIs; I paste the code back" }).check();
  await expect(getToken(page).getByLabel('Redirect URI', { exact: true })).toHaveValue('http://localhost:7777');
  await getToken(page).getByRole('button', { name: 'Create authorization URL' }).click();
  const authorizationUrl = (await getToken(page).getByLabel('Authorization URL', { exact: true }).innerText()).trim();
  const url = new URL(authorizationUrl);
  expect(url.origin + url.pathname).toBe(`${e2eUrls.issuer}/auth`);
  expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  expect(url.searchParams.get('redirect_uri')).toBe('http://localhost:7777');
  expect(url.searchParams.get('client_id')).toBe(clientId);

  // Another browser profile plays the developer's own browser; nothing listens on localhost:7777,
  // so the redirect lands on a stand-in page whose address is what the developer copies.
  const ownBrowser = await browser.newContext();
  await ownBrowser.route('http://localhost:7777/**', (route) => route.fulfill({ contentType: 'text/plain', body: 'Copy this address back into the portal.' }));
  const idpPage = await ownBrowser.newPage();
  await idpPage.goto(authorizationUrl);
  // The developer signs in at the embedded IdP with their Gatehouse account, and allows the app.
  await signInAtEmbeddedIdp(idpPage, developer);
  await allowAtEmbeddedIdp(idpPage, 'Try-it app');
  await expect(idpPage).toHaveURL(/^http:\/\/localhost:7777\/\?code=/);
  const redirected = idpPage.url();
  await ownBrowser.close();

  await getToken(page).getByLabel('Redirect URL or code').fill(redirected);
  await getToken(page).getByRole('button', { name: 'Exchange code' }).click();
  await expect(tokenRegion(page)).toContainText('Authorization code with PKCE');
  // The subject is the developer's stable Gatehouse user id.
  const subject = (await claimValue(page, 'sub').innerText()).trim();
  expect(subject).toMatch(/^\S{8,}$/);
  await expect(claimValue(page, 'client_id')).toContainText(clientId);
  const pastedCodeToken = await revealedToken(page);
  expect(pastedCodeToken).not.toBe(credentialsToken);
  await sendAndExpectEcho(page, pastedCodeToken, 'anything');
  // Nothing changed at the IdP for this way.
  await expect(valueOf(page, 'Redirect URIs')).toHaveText('http://localhost:7777');

  // 3. Authorization code + PKCE through the portal's own callback, which needs consent first.
  const callbackUrl = `${e2eUrls.web}/portal/oauth/callback`;
  await getToken(page).getByRole('radio', { name: 'Back to the portal' }).check();
  await getToken(page).getByLabel('Scope').fill('openid read');
  await getToken(page).getByRole('button', { name: 'Sign in at the identity provider' }).click();
  await expect(getToken(page).getByText(`The portal needs your consent to add ${callbackUrl}`)).toBeVisible();
  await getToken(page).getByRole('checkbox', { name: "Add the portal's callback URL to this client's redirect URIs" }).check();
  await getToken(page).getByRole('button', { name: 'Sign in at the identity provider' }).click();
  // A new IdP session, so a new sign-in; the consent given above is remembered.
  await signInAtEmbeddedIdp(page, developer);

  // Back on the client page with the token the portal exchanged at its callback.
  await expect(page).toHaveURL(/\/portal\/clients\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Try-it app' })).toBeVisible();
  await expect(claimValue(page, 'sub')).toHaveText(subject);
  await expect(valueOf(page, 'Redirect URIs')).toHaveText(new RegExp(`http://localhost:7777\\s*${callbackUrl.replace(/[.]/g, '\\.')}`));
  const callbackToken = await revealedToken(page);
  await sendAndExpectEcho(page, callbackToken, 'anything');
});
