import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { e2eUrls } from '../support/e2e-env.ts';
import { tokenStatus } from '../support/idp-checks.ts';
import { signIn } from '../support/sign-in.ts';
import { signUpDeveloper } from '../support/sign-up.ts';

/**
 * Issue 4's admin half: admins see every developer's clients and can delete any, at the IdP
 * too; a client left at the IdP shows up under IdP cleanup, where an admin deletes it there.
 * Runs on the shared stack: its own developer and uniquely named clients, no counts assumed.
 */

const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const OWNER = `Client Owner ${suffix}`;
const DELETED_BY_ADMIN = `Admin Deletes ${suffix}`;
const LEFT_AT_IDP = `Left At IdP ${suffix}`;

interface CreatedClient {
  id: string;
  clientId: string;
  clientSecret: string;
}

/** The developer's wizard: Curity Demo API, a name, one redirect URL; the details page's credentials. */
async function createClient(page: Page, clientName: string): Promise<CreatedClient> {
  await page.goto('/portal/clients/new');
  await page.getByRole('checkbox', { name: 'Curity Demo API' }).check();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByLabel('Client name').fill(clientName);
  await page.getByLabel('Redirect URLs').fill('https://oauth.tools/callback/code');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: clientName })).toBeVisible();
  const details = page.getByRole('region', { name: 'Client details' });
  const valueOf = (term: string) => details.locator(`dt:text-is("${term}") + dd`);
  const clientId = (await valueOf('Client ID').locator('code').first().innerText()).trim();
  await details.getByRole('button', { name: 'Reveal', exact: true }).click();
  const clientSecret = (await valueOf('Client secret').locator('code').first().innerText()).trim();
  expect(clientSecret).not.toMatch(/•/);
  const id = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!);
  return { id, clientId, clientSecret };
}

/** At the IdP itself: a client credentials request for a deleted client fails with 401 invalid_client (RFC 6749 section 5.2). */
async function expectGoneAtIdp(request: APIRequestContext, client: CreatedClient) {
  const { token_endpoint } = await (await request.get(`${e2eUrls.issuer}/.well-known/openid-configuration`)).json();
  const res = await request.post(token_endpoint, {
    form: { grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret },
  });
  expect(res.status()).toBe(401);
  expect((await res.json()).error).toBe('invalid_client');
}

async function openMenu(page: Page, item: string) {
  await page.getByRole('group', { name: 'Portal Management' }).getByRole('link', { name: item }).click();
  await expect(page.getByRole('heading', { level: 1, name: item })).toBeVisible();
}

test('an admin deletes a developer’s client at the IdP and in Gatehouse, and cleans up one left at the IdP', async ({ page, request }) => {
  const developer = await signUpDeveloper(page, OWNER);
  const deletedByAdmin = await createClient(page, DELETED_BY_ADMIN);
  const leftAtIdp = await createClient(page, LEFT_AT_IDP);
  expect(await tokenStatus(request, deletedByAdmin.clientId, deletedByAdmin.clientSecret)).toBe(200);

  await test.step('the developer deletes one client in Gatehouse only: it stays at the IdP and goes to the cleanup journal', async () => {
    // The product's GraphQL API (the page offers "Delete from Gatehouse only" only where the IdP
    // cannot delete, which the embedded IdP always can).
    const res = await page.request.post('/graphql', {
      data: {
        query: 'mutation($input: DeleteOAuthClientInput!) { deleteOAuthClient(input: $input) { __typename ... on DeleteOAuthClientSuccess { deletedAtIdp } } }',
        variables: { input: { id: leftAtIdp.id, portalOnly: true } },
      },
    });
    expect((await res.json()).data.deleteOAuthClient).toEqual({ __typename: 'DeleteOAuthClientSuccess', deletedAtIdp: false });
    expect(await tokenStatus(request, leftAtIdp.clientId, leftAtIdp.clientSecret)).toBe(200);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  });

  await test.step('Portal Management -> OAuth clients lists the developer’s client with its owner', async () => {
    await signIn(page, 'admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
    await openMenu(page, 'OAuth clients');
    const row = page.getByRole('row', { name: new RegExp(DELETED_BY_ADMIN) });
    await expect(row).toContainText(deletedByAdmin.clientId);
    await expect(row).toContainText(OWNER);
    await expect(row).toContainText(developer.email);
    await expect(row).toContainText('Curity Demo API');
    // The one deleted in Gatehouse only is no longer a client here.
    await expect(page.getByRole('row', { name: new RegExp(LEFT_AT_IDP) })).toHaveCount(0);
    await row.getByRole('link', { name: DELETED_BY_ADMIN }).click();
  });

  await test.step('the details view shows what the IdP registered, not the secret', async () => {
    await expect(page.getByRole('heading', { level: 1, name: DELETED_BY_ADMIN })).toBeVisible();
    await expect(page.getByRole('link', { name: OWNER })).toBeVisible();
    const details = page.getByRole('region', { name: 'Client details' });
    await expect(details.locator('dt:text-is("Client ID") + dd')).toContainText(deletedByAdmin.clientId);
    await expect(details.locator('dt:text-is("Client secret") + dd')).toHaveText('Only its developer can see it');
    await expect(page.getByText(deletedByAdmin.clientSecret)).toHaveCount(0);
  });

  await test.step('Delete asks first; Escape changes nothing, confirming deletes at the IdP and in Gatehouse', async () => {
    const dialog = page.getByRole('dialog', { name: `Delete “${DELETED_BY_ADMIN}”?` });
    await page.getByRole('button', { name: 'Delete client' }).click();
    await expect(dialog).toContainText('deletes the client at the identity provider, then here');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(await tokenStatus(request, deletedByAdmin.clientId, deletedByAdmin.clientSecret)).toBe(200);

    await page.getByRole('button', { name: 'Delete client' }).click();
    await dialog.getByRole('button', { name: 'Delete client' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'OAuth clients' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: `“${DELETED_BY_ADMIN}” was deleted` })).toContainText(
      'deleted at the identity provider and in Gatehouse',
    );
    await expect(page.getByRole('row', { name: new RegExp(DELETED_BY_ADMIN) })).toHaveCount(0);
    await expectGoneAtIdp(request, deletedByAdmin);
  });

  await test.step('IdP cleanup shows the client left at the IdP; Delete at IdP removes it there', async () => {
    await openMenu(page, 'IdP cleanup');
    const row = page.getByRole('row', { name: new RegExp(LEFT_AT_IDP) });
    await expect(row).toContainText('Deleted in Gatehouse only');
    await expect(row).toContainText(leftAtIdp.clientId);
    await expect(row).toContainText(OWNER);
    await expect(row).toContainText('/oauth-registration');

    await row.getByRole('button', { name: /^Delete at IdP/ }).click();
    const dialog = page.getByRole('dialog', { name: `Delete “${LEFT_AT_IDP}” at the identity provider?` });
    await expect(dialog).toContainText(leftAtIdp.clientId);
    await dialog.getByRole('button', { name: 'Delete at IdP' }).click();
    await expect(page.getByRole('status').filter({ hasText: `“${LEFT_AT_IDP}” was deleted at the identity provider` })).toBeVisible();
    await expect(row).toHaveCount(0);
    // Other specs may leave entries; with none, the page says so calmly.
    await expect(
      page.getByRole('heading', { name: 'Nothing to clean up' }).or(page.getByRole('table', { name: /Clients to clean up/ })),
    ).toBeVisible();
    await expectGoneAtIdp(request, leftAtIdp);
  });

  await test.step('the developer’s list no longer has either client', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Email').fill(developer.email);
    await page.getByLabel('Password').fill(developer.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'OAuth clients' }).click();
    await expect(page.getByRole('button', { name: 'Create first Oauth Client' })).toBeVisible();
    await expect(page.getByText(DELETED_BY_ADMIN)).toHaveCount(0);
  });
});
