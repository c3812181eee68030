import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '@gatehouse/config';
import { expect, test, type Page } from '@playwright/test';
import { createFirstDemoClient } from '../support/create-client.ts';
import { allowAtEmbeddedIdp, signInAtEmbeddedIdp } from '../support/idp-sign-in.ts';
import { signUpDeveloper } from '../support/sign-up.ts';

/**
 * The embedded IdP signs developers in with their Gatehouse account: a wrong password is refused
 * and counts towards the portal's throttle, consent is asked once per app, and revoking it on the
 * Account page makes the app ask again. In production mode it will not start with the
 * development login (any user name).
 */

const getToken = (page: Page) => page.getByRole('region', { name: 'Get a token' });
const tokenRegion = (page: Page) => getToken(page).getByRole('region', { name: 'Access token' });
const consents = (page: Page) => page.getByRole('region', { name: 'Apps you allowed' });

async function startTryIt(page: Page): Promise<void> {
  await getToken(page).getByRole('radio', { name: 'Authorization code with PKCE' }).check();
  await getToken(page).getByLabel('Scope').fill('openid read');
  await getToken(page).getByRole('radio', { name: 'Back to the portal' }).check();
  const consentToCallback = getToken(page).getByRole('checkbox', { name: "Add the portal's callback URL to this client's redirect URIs" });
  await getToken(page).getByRole('button', { name: 'Sign in at the identity provider' }).click();
  if (await consentToCallback.isVisible()) {
    await consentToCallback.check();
    await getToken(page).getByRole('button', { name: 'Sign in at the identity provider' }).click();
  }
}

async function expectTokenBack(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/portal\/clients\/[^/]+$/);
  await expect(tokenRegion(page)).toContainText('Authorization code with PKCE');
}

test('a developer signs in at the embedded IdP with their Gatehouse password, consents once, revokes and is asked again', async ({ page, browser }) => {
  // Four trips through the IdP, the Account page and a second browser: one long journey.
  test.setTimeout(300_000);
  const developer = await signUpDeveloper(page, 'IdP Sign-in Developer');
  await createFirstDemoClient(page, 'Consent app');
  const clientPage = page.url();

  // A wrong password is refused with an error summary that takes focus.
  await startTryIt(page);
  await signInAtEmbeddedIdp(page, { email: developer.email, password: 'not my password' });
  const problem = page.getByRole('alert');
  await expect(problem).toContainText('Email or password is incorrect.');
  await expect(problem).toBeFocused();
  await expect(page.getByLabel('Email')).toHaveValue(developer.email);

  // The right one, then consent, which names the app and the scopes it asks for.
  await signInAtEmbeddedIdp(page, developer);
  await expect(page.getByRole('list', { name: 'Scopes asked for' })).toContainText('read');
  await expect(page.getByRole('list', { name: 'Scopes asked for' })).toContainText('openid');
  await allowAtEmbeddedIdp(page, 'Consent app');
  await expectTokenBack(page);

  // Asked once: the next authorization comes straight back (same IdP session, consent remembered).
  await startTryIt(page);
  await expectTokenBack(page);

  // The Account page lists the consent; revoking it goes through the IdP.
  await page.getByRole('link', { name: 'Account' }).click();
  await expect(consents(page).getByRole('row', { name: /Consent app/ })).toContainText('openid read');
  await consents(page).getByRole('button', { name: 'Revoke Consent app' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Revoke access' }).click();
  await expect(consents(page)).toContainText('You have not allowed any app');

  // Asked again.
  await page.goto(clientPage);
  await startTryIt(page);
  await allowAtEmbeddedIdp(page, 'Consent app');
  await expectTokenBack(page);

  // The portal's throttle, in another browser (no IdP session yet): after five wrong passwords
  // from this address, even the right one waits.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto('/sign-in');
  await otherPage.getByLabel('Email').fill(developer.email);
  await otherPage.getByLabel('Password').fill(developer.password);
  await otherPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(otherPage.getByRole('heading', { level: 1, name: 'Catalogue' })).toBeVisible();
  await otherPage.goto(clientPage);
  await startTryIt(otherPage);
  for (let i = 0; i < 5; i++) {
    await signInAtEmbeddedIdp(otherPage, { email: developer.email, password: `wrong ${i}` });
    await expect(otherPage.getByRole('alert')).toContainText('Email or password is incorrect.');
  }
  await signInAtEmbeddedIdp(otherPage, developer);
  await expect(otherPage.getByRole('alert')).toContainText('Too many failed sign-in attempts.');
  await other.close();
});

test('the embedded IdP refuses to start in production mode with the development login', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'gatehouse-e2e-idp-'));
  try {
    const start = promisify(execFile)(process.execPath, ['--import', 'tsx', join(repoRoot, 'apps/idp/src/main.ts')], {
      cwd: repoRoot,
      env: { ...process.env, GATEHOUSE_MODE: 'production', IDP_LOGIN: 'development', GATEHOUSE_DATA_DIR: dataDir, IDP_PORT: '13999' },
      timeout: 30_000,
    });
    const failure = (await start.then(
      () => null,
      (error: unknown) => error,
    )) as { code?: number; stderr?: string } | null;
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('IDP_LOGIN: "development" lets anyone sign in at the embedded IdP as any user name');
    expect(failure?.stderr).toContain('Unset IDP_LOGIN (or set IDP_LOGIN=portal)');
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
