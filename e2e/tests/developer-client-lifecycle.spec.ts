import { expect, test, type Page } from '@playwright/test';
import { redirectUriAccepted, tokenStatus } from '../support/idp-checks.ts';
import { portalDb } from '../support/portal-db.ts';
import { signUpDeveloper } from '../support/sign-up.ts';

/**
 * The developer half of the seed guide (shared/seed), with the guide's names, against the
 * embedded IdP, and the rest of a client's life: every step is checked at the IdP itself.
 */

const GUIDE_REDIRECT_URLS = 'http://localhost:7777;https://oauth.tools/callback/code;app://oauth.tools/callback/code';

const details = (page: Page) => page.getByRole('region', { name: 'Client details' });
const valueOf = (page: Page, term: string) => details(page).locator(`dt:text-is("${term}") + dd`);
const currentStep = (page: Page) => page.getByRole('list', { name: 'Progress' }).locator('[aria-current="step"]');

async function revealedSecret(page: Page): Promise<string> {
  await details(page).getByRole('button', { name: 'Reveal', exact: true }).click();
  const secret = (await valueOf(page, 'Client secret').locator('code').first().innerText()).trim();
  expect(secret).not.toMatch(/•/);
  await details(page).getByRole('button', { name: 'Hide' }).click();
  return secret;
}

test('a developer creates, edits, re-keys and deletes an OAuth client through the wizard, and the IdP agrees at every step', async ({ page, request }) => {
  await signUpDeveloper(page);

  // The seed guide: OAuth clients -> Create first Oauth Client -> the API -> Save and continue.
  await page.getByRole('link', { name: 'OAuth clients' }).click();
  await page.getByRole('button', { name: 'Create first Oauth Client' }).click();
  await expect(currentStep(page)).toContainText('Select APIs');
  await page.getByRole('checkbox', { name: 'Curity Demo API' }).check();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(currentStep(page)).toContainText('Name and redirect URLs');

  // The guide's OAuth.tools redirect URLs, split by `;`, each a chip as it is typed.
  await page.getByLabel('Client name').fill('OAuth.tools');
  const redirectField = page.getByLabel('Redirect URLs');
  await redirectField.fill(GUIDE_REDIRECT_URLS);
  const chips = page.getByRole('list', { name: 'URLs to register' }).getByRole('listitem');
  await expect(chips).toHaveText(['http://localhost:7777', 'https://oauth.tools/callback/code', 'app://oauth.tools/callback/code']);

  // The embedded IdP refuses app:// for a web client: its own error, at the field, typed values kept.
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('The identity provider refused the registration');
  await expect(redirectField).toHaveAttribute('aria-invalid', 'true');
  await expect(redirectField).toHaveAccessibleDescription(/redirect_uris must only contain web uris \(invalid_redirect_uri\)/);
  await expect(page.getByLabel('Client name')).toHaveValue('OAuth.tools');
  await expect(redirectField).toHaveValue(GUIDE_REDIRECT_URLS);

  // Without the app URL (the web version of OAuth.tools needs only the https one), Create works.
  await redirectField.fill('http://localhost:7777;https://oauth.tools/callback/code');
  await expect(chips).toHaveCount(2);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'OAuth.tools' })).toBeVisible();
  await expect(currentStep(page)).toContainText('Client details');
  await expect(valueOf(page, 'Redirect URIs')).toHaveText(/http:\/\/localhost:7777\s*https:\/\/oauth\.tools\/callback\/code/);
  const clientId = (await valueOf(page, 'Client ID').locator('code').first().innerText()).trim();
  const firstSecret = await revealedSecret(page);

  // At the IdP: the credentials work, and exactly the two redirect URIs are registered.
  expect(await tokenStatus(request, clientId, firstSecret)).toBe(200);
  expect(await redirectUriAccepted(request, clientId, 'https://oauth.tools/callback/code')).toBe(true);
  expect(await redirectUriAccepted(request, clientId, 'http://localhost:7777')).toBe(true);
  expect(await redirectUriAccepted(request, clientId, 'app://oauth.tools/callback/code')).toBe(false);

  // Edit the redirect URIs (RFC 7592 PUT). The IdP's refusal shows at the field first.
  await page.getByRole('button', { name: 'Edit client' }).click();
  const editField = page.getByLabel('Redirect URLs');
  await expect(editField).toHaveValue('http://localhost:7777;https://oauth.tools/callback/code');
  await editField.fill('https://oauth.tools/callback/code;app://oauth.tools/callback/code');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(editField).toHaveAccessibleDescription(/invalid_redirect_uri/);
  await expect(editField).toHaveValue('https://oauth.tools/callback/code;app://oauth.tools/callback/code');
  await editField.fill('https://oauth.tools/callback/code;http://127.0.0.1:7778/callback');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Changes saved at the identity provider' })).toBeVisible();
  await expect(valueOf(page, 'Redirect URIs')).toHaveText(/https:\/\/oauth\.tools\/callback\/code\s*http:\/\/127\.0\.0\.1:7778\/callback/);
  expect(await redirectUriAccepted(request, clientId, 'http://127.0.0.1:7778/callback')).toBe(true);
  expect(await redirectUriAccepted(request, clientId, 'http://localhost:7777')).toBe(false);
  expect(await tokenStatus(request, clientId, firstSecret)).toBe(200);

  // Rotate the secret, after a confirmation that names the consequence.
  await page.getByRole('button', { name: 'Rotate secret' }).click();
  const rotateDialog = page.getByRole('dialog', { name: 'Rotate the client secret?' });
  await expect(rotateDialog).toContainText('the current one stops working at once');
  await rotateDialog.getByRole('button', { name: 'Rotate secret' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'New client secret issued' })).toBeVisible();
  const secondSecret = await revealedSecret(page);
  expect(secondSecret).not.toBe(firstSecret);
  expect(await tokenStatus(request, clientId, firstSecret)).toBe(401);
  expect(await tokenStatus(request, clientId, secondSecret)).toBe(200);

  // Cancelling a delete changes nothing; confirming deletes at the IdP, then in the portal.
  await page.getByRole('button', { name: 'Delete client' }).click();
  const deleteDialog = page.getByRole('dialog', { name: 'Delete “OAuth.tools”?' });
  await expect(deleteDialog).toContainText('can no longer get tokens');
  await page.keyboard.press('Escape');
  await expect(deleteDialog).toBeHidden();
  expect(await tokenStatus(request, clientId, secondSecret)).toBe(200);
  await page.getByRole('button', { name: 'Delete client' }).click();
  await deleteDialog.getByRole('button', { name: 'Delete client' }).click();
  await expect(page.getByRole('status').filter({ hasText: '“OAuth.tools” was deleted' })).toContainText('deleted at the identity provider and in Gatehouse');
  await expect(page.getByRole('button', { name: 'Create first Oauth Client' })).toBeVisible();
  expect(await tokenStatus(request, clientId, secondSecret)).toBe(401);

  // The secrets never reached the database file in plain text.
  const raw = await portalDb.rawBytes();
  expect(raw.includes(firstSecret) || raw.includes(secondSecret)).toBe(false);
});

test('the wizard keeps what was typed when the identity provider cannot be reached', async ({ page }) => {
  await signUpDeveloper(page, 'Offline Developer');
  const db = portalDb.client();
  const entry = await db.catalogueEntry.findFirstOrThrow({ where: { publicName: 'Curity Demo API' }, include: { dcrOverride: true } });
  const endpoint = entry.dcrOverride!.registrationEndpoint;
  try {
    // Nothing listens on port 9 (discard): the registration request cannot connect.
    await db.dcrSettings.update({ where: { id: entry.dcrOverrideId! }, data: { registrationEndpoint: 'http://127.0.0.1:9/oauth-registration' } });
    await page.getByRole('link', { name: 'OAuth clients' }).click();
    await page.getByRole('button', { name: 'Create first Oauth Client' }).click();
    await page.getByRole('checkbox', { name: 'Curity Demo API' }).check();
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByLabel('Client name').fill('Offline App');
    await page.getByLabel('Redirect URLs').fill('https://oauth.tools/callback/code');
    await page.getByRole('button', { name: 'Create', exact: true }).click();

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The identity provider could not be reached');
    await expect(alert).toContainText('could not be reached. Try again later');
    await expect(alert).toContainText('What you typed is kept');
    await expect(page.getByLabel('Client name')).toHaveValue('Offline App');
    await expect(page.getByLabel('Redirect URLs')).toHaveValue('https://oauth.tools/callback/code');
  } finally {
    await db.dcrSettings.update({ where: { id: entry.dcrOverrideId! }, data: { registrationEndpoint: endpoint } });
    await db.$disconnect();
  }
  // With the IdP back, the same form creates the client.
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Offline App' })).toBeVisible();
});
