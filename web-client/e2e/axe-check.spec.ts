import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

/* The check every journey leans on must be able to fail: a page with WCAG 2.2 A and AA faults. */

test('the accessibility check fails on a page with an image without a text alternative and a field without a label', async ({ page }) => {
  await page.setContent('<!doctype html><html lang="en"><head><title>Faulty</title></head><body><main><h1>Faulty</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"></main></body></html>');
  const failure = await expectNoAxeViolations(page).then(
    () => null,
    (error: unknown) => String(error),
  );
  expect(failure).toContain('image-alt');
  expect(failure).toContain('label');
});

test('the accessibility check passes the same page once the faults are fixed', async ({ page }) => {
  await page.setContent('<!doctype html><html lang="en"><head><title>Fixed</title></head><body><main><h1>Fixed</h1><img alt="A dot" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><label for="f">Name</label><input id="f" type="text"></main></body></html>');
  await expectNoAxeViolations(page);
});
