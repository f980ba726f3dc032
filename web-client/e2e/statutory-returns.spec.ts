import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { signedInAs, staff } from './support/api';
import { onPage, screenshot } from './support/pages';

/*
 * Statutory returns (issue 13, decision 0019). A manager opens Statutory returns from the staff
 * home, chooses last financial year, reads SALT LTS003 as a table and downloads the Client Level
 * Data extract for carers, whose first line is the CLD header.
 */

function lastFinancialYear(today: Date): number {
  return (today.getMonth() >= 3 ? today.getFullYear() : today.getFullYear() - 1) - 1;
}

test('a manager reads LTS003 for last year and downloads the Client Level Data extract', async ({ page }) => {
  await signedInAs(page, staff.manager);
  await page.goto('/staff');
  await onPage(page, 'Staff workspace');
  await page.getByRole('main').getByRole('link', { name: 'Statutory returns' }).click();
  await onPage(page, 'Statutory returns');

  const year = lastFinancialYear(new Date());
  await page.getByLabel('Financial year').selectOption(String(year));
  await page.getByRole('button', { name: 'Show returns' }).click();
  const label = `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
  await expect(page.getByRole('heading', { name: `SALT LTS003, ${label}` })).toBeVisible();
  const table = page.getByRole('table', { name: new RegExp(`Carers supported in ${label}`) });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'All carers' })).toBeVisible();
  await onPage(page, 'Statutory returns');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the Client Level Data (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`client-level-data-carers-${label.replace('/', '-')}.csv`);
  const text = readFileSync(await file.path(), 'utf8');
  expect(text.split('\r\n')[0]).toMatch(/^LA_Code,Reporting_Period_Start_Date,Reporting_Period_End_Date,NHS_Number,LA_Person_Unique_Identifier,/);
  await expect(page.locator('.govuk-notification-banner')).toContainText('downloaded');
  await onPage(page, 'Statutory returns');
  await screenshot(page, 'statutory-returns');
});
