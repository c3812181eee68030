import { expect, test, type Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { e2eUrls } from '../support/e2e-env.ts';
import { tokenStatus } from '../support/idp-checks.ts';
import { signIn } from '../support/sign-in.ts';

/**
 * Issue 6 for integrators: an admin creates an API token in the browser, the integrator client's
 * example script publishes an API with DCR settings and provisions a client with it, and the
 * portal and the IdP show the result; a developer runs a query in the explorer. Runs on the
 * shared stack with unique names, no counts assumed.
 */

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const exampleScript = fileURLToPath(new URL('../../packages/client/examples/provision-client.ts', import.meta.url));
const run = promisify(execFile);

/** Console errors of the page, CSP violations among them: the explorer must load without any. */
function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('a developer opens an example from the GraphQL API page in the explorer and runs it', async ({ page }) => {
  const consoleErrors = collectConsoleErrors(page);
  await signIn(page, 'developer');
  await page.getByRole('navigation', { name: 'Developer portal' }).getByRole('link', { name: 'GraphQL API' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'GraphQL API' })).toBeVisible();

  await page.getByRole('link', { name: 'Open “Check the token” in explorer' }).click();
  await expect(page).toHaveURL(/\/portal\/explorer\?query=/);
  const execute = page.getByRole('button', { name: /Execute query/ });
  await expect(execute).toBeVisible();
  // The operation from the page is in the editor (CodeMirror renders its text).
  await expect(page.locator('.graphiql-query-editor')).toContainText('query WhoAmI');
  // The schema arrived by introspection with the session cookie: the docs explorer can open it.
  await execute.click();
  const response = page.locator('.graphiql-response');
  await expect(response).toContainText('"email": "dev@gatehouse.local"');
  await expect(response).toContainText('"role": "DEVELOPER"');

  expect(consoleErrors).toEqual([]);
});

test('an admin creates an API token; the example script publishes an API with DCR settings and provisions a client with it', async ({
  page,
  request,
}) => {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const tokenName = `Provisioning script ${suffix}`;
  await signIn(page, 'admin');

  const token = await test.step('System Management -> API tokens: create an ADMIN token and read its value once', async () => {
    await page.getByRole('group', { name: 'System Management' }).getByRole('link', { name: 'API tokens' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'API tokens' })).toBeVisible();
    await page.getByRole('button', { name: 'Create API token' }).click();
    await page.getByLabel('Name').fill(tokenName);
    await page.getByLabel('Role').selectOption('ADMIN');
    await page.getByLabel('Expires in').selectOption('30');
    await page.getByRole('button', { name: 'Create token' }).click();
    await expect(page.getByText('Copy the token now: it will not be shown again.')).toBeVisible();
    const value = await page.getByRole('textbox', { name: 'Token value' }).inputValue();
    expect(value.length).toBeGreaterThan(20);
    const row = page.getByRole('row', { name: new RegExp(tokenName) });
    await expect(row).toContainText('Admin');
    await expect(row).toContainText('Active');
    await expect(row).toContainText('Never');
    // Once dismissed, the value is gone from the page for good.
    await page.getByRole('button', { name: 'I have copied it' }).click();
    await expect(page.getByRole('textbox', { name: 'Token value' })).toHaveCount(0);
    await expect(page.getByText(value)).toHaveCount(0);
    return value;
  });

  const provisioned = await test.step('the example script provisions with the token', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', exampleScript], {
      cwd: repoRoot,
      env: { ...process.env, GATEHOUSE_URL: e2eUrls.web, GATEHOUSE_TOKEN: token, GATEHOUSE_EXAMPLE_SUFFIX: suffix },
      timeout: 45_000,
    });
    return parseScriptOutput(stdout);
  });

  await test.step('the API, its catalogue entry with DCR settings and the client are in the portal', async () => {
    await page.getByRole('group', { name: 'System Management' }).getByRole('link', { name: 'APIs' }).click();
    await expect(page.getByRole('link', { name: provisioned.apiName })).toBeVisible();
    await page.getByRole('group', { name: 'Portal Management' }).getByRole('link', { name: 'Catalogue' }).click();
    // Dynamic Client Registration on, with the entry's own settings (not the global ones).
    const entry = page.getByRole('row', { name: new RegExp(provisioned.catalogueEntryName) });
    await expect(entry).toContainText('On,');
    await expect(entry).toContainText('own settings');
    await page.getByRole('group', { name: 'Portal Management' }).getByRole('link', { name: 'OAuth clients' }).click();
    await expect(page.getByRole('row', { name: new RegExp(provisioned.clientName) })).toBeVisible();
  });

  await test.step('the client’s credentials get a token at the IdP', async () => {
    expect(await tokenStatus(request, provisioned.clientId, provisioned.clientSecret)).toBe(200);
  });

  await test.step('the token shows when it was last used; once revoked, the API refuses it', async () => {
    await page.getByRole('group', { name: 'System Management' }).getByRole('link', { name: 'API tokens' }).click();
    const row = page.getByRole('row', { name: new RegExp(tokenName) });
    await expect(row).not.toContainText('Never');
    await row.getByRole('button', { name: `Revoke ${tokenName}` }).click();
    const dialog = page.getByRole('dialog', { name: `Revoke “${tokenName}”?` });
    await expect(dialog).toContainText('This cannot be undone.');
    await dialog.getByRole('button', { name: 'Revoke token' }).click();
    await expect(dialog).toBeHidden();
    await expect(row).toContainText('Revoked');
    const res = await request.post(`${e2eUrls.web}/graphql`, {
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      data: { query: '{ me { id } }' },
    });
    expect((await res.json()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

interface Provisioned {
  apiName: string;
  catalogueEntryName: string;
  clientName: string;
  clientId: string;
  clientSecret: string;
}

/** The script prints what it made as one JSON object on its last line. */
function parseScriptOutput(stdout: string): Provisioned {
  const last = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as Provisioned;
}
