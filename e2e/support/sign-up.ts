import { expect, type Page } from '@playwright/test';

export interface NewDeveloper {
  name: string;
  email: string;
  password: string;
}

/**
 * Signs up a developer of its own through the sign-in page's link, so a spec starts with an
 * empty list of clients and leaves the demo developer's alone (seed-flow.spec.ts expects it empty).
 */
export async function signUpDeveloper(page: Page, name = 'Seed Guide Developer'): Promise<NewDeveloper> {
  const developer = { name, email: `dev-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`, password: 'a long enough password' };
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign up' })).toBeVisible();
  await page.getByLabel('Name').fill(developer.name);
  await page.getByLabel('Email').fill(developer.email);
  await page.getByLabel('Password').fill(developer.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  // Signed in, the portal opens on the catalogue.
  await expect(page.getByRole('heading', { level: 1, name: 'Catalogue' })).toBeVisible();
  return developer;
}
