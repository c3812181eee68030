import { expect, test, type Page } from '@playwright/test';
import { portalDb } from '../support/portal-db.ts';
import { signUpDeveloper } from '../support/sign-up.ts';

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('a developer signs up, signs out and in, and changes the password', async ({ page }) => {
  const developer = await signUpDeveloper(page, 'Account Holder');
  await expect(page.getByText('Account Holder')).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await signIn(page, developer.email, developer.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Catalogue' })).toBeVisible();
  await page.getByRole('link', { name: 'Account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Account' })).toBeVisible();

  // The current password is checked; the error is at its field.
  await page.getByLabel('Current password').fill('not my password');
  await page.getByLabel('New password', { exact: true }).fill('a brand new passphrase');
  await page.getByLabel('Repeat new password').fill('a brand new passphrase');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByLabel('Current password')).toHaveAccessibleDescription(/That is not your current password/);

  await page.getByLabel('Current password').fill(developer.password);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your password was changed' })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, developer.email, developer.password);
  await expect(page.getByRole('alert')).toHaveText('Email or password is incorrect.');
  await signIn(page, developer.email, 'a brand new passphrase');
  await expect(page.getByRole('navigation', { name: 'Developer portal' })).toBeVisible();
});

test('sign-up is closed when the portal settings say so', async ({ page }) => {
  const db = portalDb.client();
  await db.portalSettings.update({ where: { id: 1 }, data: { signupEnabled: false } });
  try {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Create an account' })).toHaveCount(0);
    await page.goto('/sign-up');
    await expect(page.getByRole('status')).toHaveText(/does not let visitors sign up\. Ask an administrator/);
    await expect(page.getByRole('button', { name: 'Create account' })).toHaveCount(0);
  } finally {
    await db.portalSettings.update({ where: { id: 1 }, data: { signupEnabled: true } });
    await db.$disconnect();
  }
});
