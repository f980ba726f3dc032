import { expect, test, type Page } from '@playwright/test';
import { signedInAs, staff } from './support/api';
import { onPage } from './support/pages';

/*
 * The strict Content-Security-Policy (no inline script, styles from files; decision 0034) breaks
 * nothing: pages, the sign-in page, charts and the GOV.UK Frontend script run without one
 * violation, and the page itself carries the policy.
 */

async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  // Added by the browser itself (DevTools protocol), so the policy does not apply to it.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return violations;
}

test('public pages load under the policy without a violation, with GOV.UK Frontend switched on', async ({ page }) => {
  const violations = await watchViolations(page);
  const response = await page.goto('/');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  await onPage(page, 'Do you look after someone?');
  // js-enabled.js (a file, not inline) marks the body for GOV.UK Frontend.
  await expect(page.locator('body')).toHaveClass(/js-enabled/);

  await page.goto('/directory');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});

test('staff pages with charts load under the policy without a violation', async ({ page }) => {
  const violations = await watchViolations(page);
  await signedInAs(page, staff.manager);
  await page.goto('/reports');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/grant-budget');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});
