import { test } from '@playwright/test';
import { signIn } from '../support/sign-in.ts';
import { signUpDeveloper } from '../support/sign-up.ts';

test('screens', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'admin');
  await page.waitForURL(/admin/);
  await page.goto('/admin/idp-cleanup');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/shots/cleanup-empty.png', fullPage: true });
  await page.goto('/admin/clients');
  await page.waitForTimeout(800);
  await page.screenshot({ path: '/tmp/shots/clients-empty.png', fullPage: true });
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signUpDeveloper(page, 'Grace Hopper');
  for (const name of ['Billing Service', 'Mobile App Backend']) {
    await page.goto('/portal/clients/new');
    await page.getByRole('checkbox', { name: 'Curity Demo API' }).check();
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByLabel('Client name').fill(name);
    await page.getByLabel('Redirect URLs').fill('https://oauth.tools/callback/code');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
  }
  const id = new URL(page.url()).pathname.split('/').at(-1)!;
  await page.request.post('/graphql', {
    data: { query: 'mutation($input: DeleteOAuthClientInput!) { deleteOAuthClient(input: $input) { __typename } }', variables: { input: { id, portalOnly: true } } },
  });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, 'admin');
  await page.waitForURL(/admin/);
  await page.goto('/admin/clients');
  await page.getByRole('table').waitFor();
  await page.screenshot({ path: '/tmp/shots/clients.png', fullPage: true });
  await page.getByRole('link', { name: 'Billing Service' }).click();
  await page.getByRole('region', { name: 'Client details' }).waitFor();
  await page.screenshot({ path: '/tmp/shots/client.png', fullPage: true });
  await page.getByRole('button', { name: 'Delete client' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/shots/client-delete.png' });
  await page.keyboard.press('Escape');
  await page.goto('/admin/idp-cleanup');
  await page.getByRole('table').waitFor();
  await page.screenshot({ path: '/tmp/shots/cleanup.png', fullPage: true });
  await page.getByRole('button', { name: /^Mark resolved/ }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/shots/cleanup-dismiss.png' });
  await page.keyboard.press('Escape');
  await page.goto('/admin/developers');
  await page.getByRole('table').waitFor();
  await page.screenshot({ path: '/tmp/shots/developers.png', fullPage: true });
  await page.goto('/admin');
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/shots/overview.png', fullPage: true });
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto('/admin/idp-cleanup');
  await page.getByRole('table').waitFor();
  await page.screenshot({ path: '/tmp/shots/cleanup-narrow.png', fullPage: true });
});
