import { expect, type Page } from '@playwright/test';

/**
 * A signed-in developer's first client, for the demo API, through the registration wizard
 * (client credentials and authorization code); ends on the client's page.
 */
export async function createFirstDemoClient(page: Page, name: string, redirectUrls = 'http://localhost:7777'): Promise<void> {
  await page.getByRole('link', { name: 'OAuth clients' }).click();
  await page.getByRole('button', { name: 'Create first Oauth Client' }).click();
  await page.getByRole('checkbox', { name: 'Curity Demo API' }).check();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByLabel('Client name').fill(name);
  await page.getByLabel('Redirect URLs').fill(redirectUrls);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  // Registration at the IdP happens on this click; give it time on a busy machine.
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 30_000 });
}
