import { test } from '@playwright/test';
import { signIn } from '../support/sign-in.ts';

test('measure', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await signIn(page, 'admin');
  await page.waitForURL(/admin/);
  for (const path of ['/admin/idp-cleanup', '/admin/clients', '/admin/developers', '/admin/audit', '/admin/apis']) {
    await page.goto(path);
    await page.waitForTimeout(1000);
    const info = await page.evaluate(() => {
      const vw = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > vw + 1).slice(0, 6).map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`);
      return { scroll: document.documentElement.scrollWidth, vw, wide };
    });
    console.log(path, JSON.stringify(info));
  }
});
