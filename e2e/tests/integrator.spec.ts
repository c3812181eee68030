import { expect, test, type Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DEMO_ACCOUNTS } from '@gatehouse/api/demo-accounts';
import { e2eUrls } from '../support/e2e-env.ts';
import { tokenStatus } from '../support/idp-checks.ts';
import { signIn } from '../support/sign-in.ts';
import { signUpDeveloper } from '../support/sign-up.ts';

/**
 * Issue 6 for integrators: an admin creates an API token in the browser, the integrator client's
 * example script publishes an API with DCR settings and provisions a client with it, and the
 * portal and the IdP show the result; a developer runs a query in the explorer. Runs on the
 * shared stack with unique names, no counts assumed.
 */

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const exampleScript = fileURLToPath(new URL('../../packages/client/examples/provision-client.ts', import.meta.url));
const run = promisify(execFile);

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
}

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

test('a developer creates a personal token under Account, and it acts as them', async ({ page, request }) => {
  const name = `Personal script ${Date.now().toString(36)}`;
  await signIn(page, 'developer');
  await page.getByRole('navigation', { name: 'Developer portal' }).getByRole('link', { name: 'Account' }).click();
  await page.getByRole('link', { name: 'Manage personal tokens' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Personal tokens' })).toBeVisible();
  await page.getByRole('button', { name: 'Create personal token' }).click();
  // A developer's token is always their own: there is no role to choose.
  await expect(page.getByLabel('Role')).toHaveCount(0);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Your current password').fill(DEMO_ACCOUNTS.developer.password);
  await page.getByRole('button', { name: 'Create token' }).click();
  const value = await page.getByRole('textbox', { name: 'Token value' }).inputValue();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Active');

  const me = await request.post(`${e2eUrls.web}/graphql`, {
    headers: { authorization: `Bearer ${value}`, 'content-type': 'application/json' },
    data: { query: '{ me { email role } }' },
  });
  expect((await me.json()).data.me).toEqual({ email: DEMO_ACCOUNTS.developer.email, role: 'DEVELOPER' });

  await page.getByRole('button', { name: 'I have copied it' }).click();
  await page.getByRole('button', { name: `Revoke ${name}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Revoke token' }).click();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Revoked');
});

test('an admin creates an API token; the example script publishes an API with DCR settings and provisions a client with it', async ({
  page,
  request,
}) => {
  // Signs in twice, and the script starts Node with tsx and registers a client at the IdP.
  test.setTimeout(180_000);
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const tokenName = `Provisioning script ${suffix}`;
  // A developer of its own to own the client: the demo developer's list stays empty (seed-flow.spec.ts).
  const owner = await signUpDeveloper(page, `Integrator Owner ${suffix}`);
  await signOut(page);
  await signIn(page, 'admin');

  const token = await test.step('System Management -> API tokens: create an ADMIN token and read its value once', async () => {
    await page.getByRole('group', { name: 'System Management' }).getByRole('link', { name: 'API tokens' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'API tokens' })).toBeVisible();
    await page.getByRole('button', { name: 'Create API token' }).click();
    await page.getByLabel('Name').fill(tokenName);
    await page.getByLabel('Role').selectOption('ADMIN');
    await page.getByLabel('Expires in').selectOption('30');
    await page.getByLabel('Your current password').fill(DEMO_ACCOUNTS.admin.password);
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

  const provisioned = await test.step('the client package’s example script publishes and provisions with the token', async () => {
    const args = ['--api-name', `integrator-${suffix}`, '--developer', owner.email, '--client-name', `Integrator client ${suffix}`, '--json'];
    // The token goes in the environment, as the script's usage says, never in the arguments.
    const { stdout } = await run(process.execPath, ['--import', 'tsx', exampleScript, ...args], {
      cwd: repoRoot,
      env: { ...process.env, GATEHOUSE_URL: `${e2eUrls.web}/graphql`, GATEHOUSE_TOKEN: token },
      timeout: 90_000,
    });
    const result = parseScriptOutput(stdout);
    expect(result.api.name).toBe(`integrator-${suffix}`);
    expect(result.client.owner).toBe(owner.email);
    return result;
  });

  await test.step('the API, its catalogue entry with DCR settings and the client are in the portal', async () => {
    await page.getByRole('group', { name: 'System Management' }).getByRole('link', { name: 'APIs' }).click();
    await expect(page.getByRole('link', { name: provisioned.api.name, exact: true })).toBeVisible();
    await page.getByRole('group', { name: 'Portal Management' }).getByRole('link', { name: 'Catalogue' }).click();
    // Dynamic Client Registration on, with the entry's own settings (not the global ones).
    const entry = page.getByRole('row', { name: new RegExp(provisioned.catalogueEntry.publicName) });
    await expect(entry).toContainText('On,');
    await expect(entry).toContainText('own settings');
    await page.getByRole('group', { name: 'Portal Management' }).getByRole('link', { name: 'OAuth clients' }).click();
    const client = page.getByRole('row', { name: new RegExp(provisioned.client.clientName) });
    await expect(client).toContainText(owner.name);
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

  await test.step('the developer owns the client, sees its secret, and its credentials get a token at the IdP', async () => {
    await signOut(page);
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password').fill(owner.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Developer portal' }).getByRole('link', { name: 'OAuth clients' }).click();
    await page.getByRole('link', { name: provisioned.client.clientName }).click();
    const details = page.getByRole('region', { name: 'Client details' });
    const valueOf = (term: string) => details.locator(`dt:text-is("${term}") + dd`);
    await expect(valueOf('Client ID')).toContainText(provisioned.client.clientId);
    await details.getByRole('button', { name: 'Reveal', exact: true }).click();
    const clientSecret = (await valueOf('Client secret').locator('code').first().innerText()).trim();
    expect(clientSecret).not.toMatch(/•/);
    expect(await tokenStatus(request, provisioned.client.clientId, clientSecret)).toBe(200);
  });
});

/** What the example script prints with --json (packages/client/examples/provision-client.ts). */
interface Provisioned {
  api: { id: string; name: string };
  catalogueEntry: { id: string; publicName: string };
  client: { id: string; clientId: string; clientName: string; owner: string };
}

/** With --json the script prints what it made as one JSON object, on its last line. */
function parseScriptOutput(stdout: string): Provisioned {
  const last = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as Provisioned;
}
