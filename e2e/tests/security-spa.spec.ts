import { expect, test } from '@playwright/test';
import { signIn } from '../support/sign-in.ts';

/**
 * Issue 7: the SPA is served with a strict Content-Security-Policy and its built index.html has
 * no inline script, so an injected <script> or event handler cannot run; and sign-in throttling
 * reaches the user as a sentence that says when to try again.
 */

test('the production web server sends a strict CSP and the built index.html has no inline script or style', async ({ request }) => {
  for (const path of ['/', '/portal/clients', '/sign-in']) {
    const res = await request.get(path);
    expect(res.status()).toBe(200);
    const csp = res.headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(res.headers()['x-content-type-options']).toBe('nosniff');

    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/assets\/[\w.-]+\.js"/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\sstyle\s*=/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
  }
});

test('the SPA runs under its CSP without a single violation, signed in and out', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });

  await signIn(page, 'developer');
  await expect(page.getByRole('navigation', { name: 'Developer portal' })).toBeVisible();
  await page.getByRole('link', { name: 'OAuth clients' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

  expect(violations).toEqual([]);

  // The check works: a script the page itself injects is blocked and reported.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  expect(violations.every((v) => /script-src/.test(v) || /inline/i.test(v))).toBe(true);
});

test('after five failed sign-ins the page says the account is locked and when to try again', async ({ page }) => {
  const email = `locked-${Date.now()}@example.com`;
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  for (let i = 0; i < 5; i++) {
    await page.getByLabel('Password').fill(`guess-${i}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText('Email or password is incorrect.');
  }
  await page.getByLabel('Password').fill('guess-5');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Too many failed sign-in attempts. Try again in 15 minutes.');
});
