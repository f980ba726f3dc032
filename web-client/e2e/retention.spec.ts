import { expect, test } from '@playwright/test';
import { signedInAs, staff } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { expectErrorSummary, onPage } from './support/pages';

/*
 * Retention (issue 15, decision 0027). The data-protection officer opens the retention review queue (demo-retention.sql
 * lists closed records past their date), opens one, meets the keep form's error, approves it, runs retention now and
 * sees the record anonymised. Each run of this journey uses one of the four demo records.
 */

test('the data protection officer approves a record past its date, runs retention and sees it anonymised', async ({ page }) => {
  await signedInAs(page, staff.dataProtection);
  await page.goto('/data-protection');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Retention review' }).click();
  await onPage(page, 'Retention review');

  const queue = page.getByRole('table', { name: /Records past their date/ });
  const row = queue.getByRole('row').filter({ hasText: 'Due for review' }).first();
  const link = row.getByRole('link');
  const name = ((await link.textContent()) ?? '').split(',')[0]!.trim();
  await link.click();
  await onPage(page, name);
  await expect(page.getByText('Email, phone and address')).toBeVisible();
  await page.getByRole('button', { name: 'Keep the record' }).click();
  await expectErrorSummary(page, 'Enter why the record is kept');

  await page.getByRole('button', { name: 'Approve' }).click();
  await onPage(page, 'Retention review');
  await expect(page.getByText(`${name}’s record is approved for anonymising`)).toBeVisible();

  await page.getByRole('button', { name: 'Run a dry run now' }).click();
  await expect(page.getByText(/Dry run: .* Nothing was changed\./).first()).toBeVisible();
  await page.getByRole('button', { name: 'Run retention now' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /; 1 anonymised\./ })).toBeVisible();
  await expect(queue.getByRole('link', { name: new RegExp(name) })).toHaveCount(0);
  await expect(queue.getByRole('row').filter({ hasText: 'Anonymised record' }).filter({ hasText: 'Anonymised' }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});
