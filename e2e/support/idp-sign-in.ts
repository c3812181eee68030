import { expect, type Page } from '@playwright/test';
import { e2eUrls } from './e2e-env.ts';

/** The embedded IdP's sign-in screen: the person's Gatehouse email and password. */
export async function signInAtEmbeddedIdp(idpPage: Page, account: { email: string; password: string }): Promise<void> {
  await expect(idpPage).toHaveURL(new RegExp(`^${e2eUrls.issuer}/interaction/`));
  await expect(idpPage.getByRole('heading', { level: 1, name: /^Sign in to continue to / })).toBeVisible();
  await idpPage.getByLabel('Email').fill(account.email);
  await idpPage.getByLabel('Password').fill(account.password);
  await idpPage.getByRole('button', { name: 'Sign in' }).click();
}

/** The consent screen: names the app and the scopes; Allow is remembered for that app. */
export async function allowAtEmbeddedIdp(idpPage: Page, appName: string): Promise<void> {
  await expect(idpPage.getByRole('heading', { level: 1, name: `Allow ${appName} to use your account?` })).toBeVisible();
  await idpPage.getByRole('button', { name: 'Allow' }).click();
}
