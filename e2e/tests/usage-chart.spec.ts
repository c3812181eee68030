import { expect, test } from '@playwright/test';
import { e2eUrls } from '../support/e2e-env.ts';
import { signIn } from '../support/sign-in.ts';

/**
 * Issue 6, usage: calls a client makes through the gateway show on its page as a chart stacked by
 * status class, with a table alternative, within one refresh.
 */
test("a client's calls through the gateway show in its usage chart, by status class", async ({ page, request, browser }) => {
  test.slow(); // two sign-ins, a client registration and a dozen page updates, on shared CPUs
  await signIn(page, 'developer');
  await page.getByRole('link', { name: 'OAuth clients' }).click();
  await page.getByRole('link', { name: /Create/ }).or(page.getByRole('button', { name: /Create/ })).first().click();
  await page.getByRole('checkbox', { name: 'Curity Demo API' }).check();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByLabel('Client name').fill('Usage Chart App');
  await page.getByLabel('Redirect URLs').fill('http://localhost:7777');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Usage Chart App' })).toBeVisible();

  const usage = page.getByRole('region', { name: 'Usage' });
  await expect(usage.getByText('No calls yet in the last 24 hours')).toBeVisible();

  const details = page.getByRole('region', { name: 'Client details' });
  const valueOf = (term: string) => details.locator(`dt:text-is("${term}") + dd`);
  const clientId = (await valueOf('Client ID').locator('code').first().innerText()).trim();
  await details.getByRole('button', { name: 'Reveal', exact: true }).click();
  const clientSecret = (await valueOf('Client secret').locator('code').first().innerText()).trim();
  const discovery = await (await request.get(`${e2eUrls.issuer}/.well-known/openid-configuration`)).json();
  const { access_token: token } = await (
    await request.post(discovery.token_endpoint, { form: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret } })
  ).json();

  // Three calls answered by the echo API (status classes per call are covered by the API's
  // integration tests, whose upstream answers any status).
  const headers = { authorization: `Bearer ${token}` };
  for (let i = 0; i < 3; i++) expect((await request.get(`${e2eUrls.gateway}/curity-api/anything?call=${i}`, { headers })).status()).toBe(200);

  await usage.getByRole('button', { name: 'Refresh' }).click();
  await expect(usage.getByText(/^3\s+requests/)).toBeVisible();
  await expect(usage.getByRole('img', { name: /Requests per hour, last 24 hours/ })).toBeVisible();
  await expect(usage.getByRole('listitem').filter({ hasText: '2xx success' })).toHaveText('2xx success: 3');
  await expect(usage.getByRole('listitem').filter({ hasText: '4xx client error' })).toHaveText('4xx client error: 0');

  // The range switcher and the table alternative, by keyboard-reachable controls.
  await usage.getByRole('radio', { name: 'Last hour' }).check();
  await expect(usage.getByRole('img', { name: /Requests per minute, last hour/ })).toBeVisible();
  await usage.getByText('Show the figures as a table').click();
  const row = usage.getByRole('table').getByRole('row').nth(1);
  await expect(row.getByRole('cell').nth(0)).toHaveText('3');

  // Admins see the API's usage, all clients together, on its page.
  const adminContext = await browser.newContext({ baseURL: e2eUrls.web });
  const admin = await adminContext.newPage();
  await signIn(admin, 'admin');
  await expect(admin.getByRole('link', { name: 'APIs' }).first()).toBeVisible();
  await admin.goto('/admin/apis');
  await admin.getByRole('link', { name: 'curity-api' }).click();
  const apiUsage = admin.getByRole('region', { name: 'Usage' });
  await expect(apiUsage.getByRole('img', { name: /Requests per hour, last 24 hours/ })).toBeVisible();
  await expect(apiUsage.getByText(/requests, mean latency/)).toBeVisible();
  await adminContext.close();
});
