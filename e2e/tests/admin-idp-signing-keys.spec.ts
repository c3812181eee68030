import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { decodeProtectedHeader } from 'jose';
import { createFirstDemoClient } from '../support/create-client.ts';
import { e2eUrls } from '../support/e2e-env.ts';
import { signIn } from '../support/sign-in.ts';
import { signUpDeveloper } from '../support/sign-up.ts';

/**
 * An admin rotates the embedded IdP's signing keys from "IdP signing keys": tokens signed before
 * keep passing the gateway (the retired key stays published), tokens signed after carry the key
 * that was announced as next, and the gateway accepts them at once.
 */

const getToken = (page: Page) => page.getByRole('region', { name: 'Get a token' });
const tokenRegion = (page: Page) => getToken(page).getByRole('region', { name: 'Access token' });
const keyRow = (page: Page, state: string) => page.getByRole('table', { name: 'Signing keys' }).getByRole('row').filter({ hasText: state });
const kidIn = async (page: Page, state: string) => (await keyRow(page, state).getByRole('rowheader').innerText()).trim();

const CURRENT = 'Current (signs new tokens)';
const NEXT = 'Next (published, not signing yet)';
const RETIRED = 'Retired';

/** A client credentials token from the client page's "Try it", as a developer gets one. */
async function clientCredentialsToken(page: Page): Promise<string> {
  await getToken(page).getByRole('radio', { name: 'Client credentials' }).check();
  await getToken(page).getByRole('button', { name: 'Get token' }).click();
  await expect(getToken(page).getByRole('status').filter({ hasText: 'The identity provider issued an access token' })).toBeVisible();
  await tokenRegion(page).getByRole('button', { name: 'Reveal token' }).click();
  const token = (await tokenRegion(page).getByLabel('Access token value', { exact: true }).innerText()).trim();
  expect(token.split('.')).toHaveLength(3);
  return token;
}

const throughGateway = (request: APIRequestContext, token: string) =>
  request.get(`${e2eUrls.gateway}/curity-api/anything`, { headers: { authorization: `Bearer ${token}` } });

test('an admin rotates the IdP signing keys; tokens from before and after both pass the gateway', async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  await signUpDeveloper(page, 'Key Rotation Developer');
  await createFirstDemoClient(page, 'Rotation app');

  const before = await clientCredentialsToken(page);
  expect((await throughGateway(request, before)).status()).toBe(200);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, 'admin');
  await admin.getByRole('group', { name: 'Portal Management' }).getByRole('link', { name: 'IdP signing keys' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'IdP signing keys' })).toBeVisible();
  const oldKid = await kidIn(admin, CURRENT);
  const nextKid = await kidIn(admin, NEXT);
  expect(nextKid).not.toBe(oldKid);
  // The token the developer holds was signed with the key the screen calls current.
  expect(decodeProtectedHeader(before).kid).toBe(oldKid);

  await admin.getByRole('button', { name: 'Rotate signing keys' }).click();
  const dialog = admin.getByRole('dialog', { name: 'Rotate the signing keys?' });
  await dialog.getByRole('button', { name: 'Rotate', exact: true }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'New tokens are signed with' })).toHaveText(`New tokens are signed with ${nextKid}.`);
  await expect(dialog).toBeHidden();

  // next -> current, current -> retired (published until its tokens expire), a new next.
  await expect(keyRow(admin, CURRENT).getByRole('rowheader')).toHaveText(nextKid);
  await expect(keyRow(admin, RETIRED).getByRole('rowheader')).toHaveText(oldKid);
  await expect(keyRow(admin, RETIRED).getByRole('cell').last()).not.toHaveText('—');
  await expect(keyRow(admin, NEXT)).toHaveCount(1);
  const newNext = await kidIn(admin, NEXT);
  expect([oldKid, nextKid]).not.toContain(newNext);
  await adminContext.close();

  // The token from before the rotation still passes: its key is retired, not gone.
  expect((await throughGateway(request, before)).status()).toBe(200);

  const after = await clientCredentialsToken(page);
  expect(after).not.toBe(before);
  expect(decodeProtectedHeader(after).kid).toBe(nextKid);
  expect((await throughGateway(request, after)).status()).toBe(200);

  // The running IdP keeps its keys sealed: no private key parameter in the data directory.
  const keyFile = readFileSync(join(process.env.GATEHOUSE_E2E_DATA_DIR!, 'idp-keys.json'), 'utf8');
  expect(keyFile).not.toMatch(/"d"\s*:/);
  expect(keyFile).not.toContain(nextKid);
});
