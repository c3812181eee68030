import { expect, test } from '@playwright/test';
import { signIn } from '../support/sign-in.ts';
import { signUpDeveloper } from '../support/sign-up.ts';

test('paging', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signUpDeveloper(page, 'Paging Developer');
  const gql = async (query: string, variables: object = {}) => (await (await page.request.post('/graphql', { data: { query, variables } })).json()).data;
  const { catalogue } = await gql('{ catalogue { id publicName } }');
  const entry = catalogue.find((c: { publicName: string }) => c.publicName === 'Curity Demo API');
  for (let i = 1; i <= 53; i++) {
    const r = await gql('mutation($input: CreateOAuthClientInput!) { createOAuthClient(input: $input) { __typename } }', {
      input: { catalogueEntryIds: [entry.id], clientName: `Paged ${String(i).padStart(2, '0')}`, redirectUris: 'https://oauth.tools/callback/code', idempotencyKey: `k-${Date.now()}-${i}` },
    });
    expect(r.createOAuthClient.__typename).toBe('CreateOAuthClientSuccess');
  }
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, 'admin');
  await page.waitForURL(/admin/);
  await page.goto('/admin/clients');
  await expect(page.getByRole('status').filter({ hasText: 'Showing 50 OAuth clients; more follow.' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Paged 53/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Paged 01/ })).toHaveCount(0);
  const more = page.getByRole('button', { name: 'Load more' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('row', { name: /Paged 01/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Showing \d+ OAuth clients\.$/ })).toBeVisible();
  await expect(more).toHaveCount(0);
  console.log('focused:', await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120)));
  await page.screenshot({ path: '/tmp/shots/clients-paged.png', fullPage: false });
  // Back to the list after a details visit keeps working.
  await page.getByRole('link', { name: 'Paged 01' }).click();
  await page.getByRole('region', { name: 'Client details' }).waitFor();
  await page.getByRole('button', { name: 'Delete client' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete client' }).click();
  await expect(page.getByRole('status').filter({ hasText: '“Paged 01” was deleted' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Showing 50 OAuth clients; more follow.' })).toBeVisible();
  await page.getByRole('link', { name: 'Developers', exact: true }).click();
  await expect(page.getByRole('row', { name: /Paging Developer/ })).toContainText('52');
});
