import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { signedInAs, staff } from './support/api';
import { onPage } from './support/pages';

/*
 * Performance indicators (issue 13, decision 0018). A manager opens Reports from Home, chooses
 * 2025 to 2026 (the demo data back-dates casework into it), reads the identification chart's
 * table, opens a definition and downloads the CSV. Axe runs on each page reached.
 */

test('a manager reads last year’s indicators, a chart’s table and a definition, and downloads the CSV', async ({ page }) => {
  await signedInAs(page, staff.manager);
  await page.goto('/staff');
  await onPage(page, 'Staff workspace');
  await page.getByRole('main').getByRole('link', { name: 'Reports' }).click();
  // The same page as below with this year's figures: axe checks it once, on 2025 to 2026.
  await expect(page.locator('h1')).toHaveText(/^ReportsPerformance indicators for \d{4} to \d{4}$/);

  await page.getByLabel('Financial year').selectOption({ label: '2025 to 2026' });
  await page.getByRole('button', { name: 'Show figures' }).click();
  await expect(page).toHaveURL(/\?year=2025$/);
  await onPage(page, 'ReportsPerformance indicators for 2025 to 2026');

  const headline = page.getByRole('row').filter({ hasText: /Adult carers identified in the year who had a completed carer.s assessment/ }).first();
  await expect(headline).toContainText(/\d[\d,]* of \d[\d,]* \(\d+(\.\d)?%\)/);

  const figures = page.getByRole('table', { name: 'Carers identified, by source: the figures' });
  await expect(figures.getByRole('row').filter({ hasText: 'GP flag' })).toContainText(/GP flag\s*\d+/);
  await expect(page.getByRole('img', { name: /carers were identified in 2025 to 2026/ })).toBeVisible();

  await page.getByText('What this counts: Carers identified in the year', { exact: true }).click();
  await expect(page.getByText(/first identification date \(the earliest identified date/).first()).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('indicators-2025-26.csv');
  const firstLine = readFileSync(await file.path(), 'utf8').split('\r\n')[0];
  expect(firstLine).toBe('financial_year,group,id,part,title,unit,value,numerator,denominator,definition');
});
