import type { Page } from '@playwright/test';
import { DEMO_ACCOUNTS } from '@gatehouse/api/demo-accounts';

export async function signIn(page: Page, who: keyof typeof DEMO_ACCOUNTS): Promise<void> {
  const account = DEMO_ACCOUNTS[who];
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
