import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { bearer, signedInAs, staff } from './support/api';
import { onPage } from './support/pages';

/*
 * Historic records (issue 13, decision 0020). A manager opens Import historic records from the staff
 * home, uploads a small file of 2021-22 events in the Client Level Data layout (three carers from the
 * old case system), watches it complete, opens Reports for 2021 to 2022, reads the identification
 * chart's table with the three imported carers and downloads the CSV. The file is the same every run,
 * so on kept data the upload answers with the earlier import and the figures stay three.
 */

const people = [
  { id: 'E2E-HIST-1', born: '1961-02-03', postcode: 'LU1 1AA' },
  { id: 'E2E-HIST-2', born: '1955-07-08', postcode: 'LU2 7XY' },
  { id: 'E2E-HIST-3', born: '1970-11-30', postcode: 'LU3 2CD' },
];

function historicFile(header: string[]): string {
  const column = (name: string) => header.indexOf(name);
  const rows = people.flatMap((person, i) => {
    const at = `2021-0${5 + i}-1${i}`;
    const request = Array<string>(header.length).fill('');
    const values: Record<string, string> = {
      LA_Code: 'E06000032', Reporting_Period_Start_Date: '2021-04-01', Reporting_Period_End_Date: '2022-03-31',
      LA_Person_Unique_Identifier: person.id, Date_of_Birth: person.born, Client_Type: 'Carer', Postcode: person.postcode,
      Event_Type: 'Service', Event_Reference: `${person.id}-IA`, Event_Start_Date: at, Event_End_Date: at,
      Event_Outcome: 'NFA - Information & Advice / Signposting only', Service_Type: 'Carer Support: Direct to Carer',
      Service_Component: 'Carer Universal Services',
    };
    for (const [name, value] of Object.entries(values)) request[column(name)] = value;
    return [request.map((value) => (/[",]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)).join(',')];
  });
  return [header.join(','), ...rows].join('\r\n') + '\r\n';
}

test('a manager imports historic records, reads them in that year’s reports and downloads the CSV', async ({ page }) => {
  const token = await signedInAs(page, staff.manager);
  // The layout's columns as the platform's own extract writes them.
  const extract = await page.request.get('/api/statutory-returns/client-level-data?year=2021', { headers: bearer(token) });
  expect(extract.status()).toBe(200);
  const header = (await extract.text()).split('\r\n')[0]!.split(',');
  const path = join(mkdtempSync(join(tmpdir(), 'historic-')), 'liquid-logic-2021.csv');
  writeFileSync(path, historicFile(header));

  await page.goto('/staff');
  await onPage(page, 'Staff workspace');
  await page.getByRole('main').getByRole('link', { name: 'Import historic records' }).click();
  await onPage(page, 'Import historic records');
  await page.getByLabel('Upload the file').setInputFiles(path);
  await page.getByRole('button', { name: 'Upload', exact: true }).click();

  await expect(page.locator('h1')).toHaveText('Historic records imported', { timeout: 15_000 });
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute('value', '100');
  await expect(page.getByRole('status')).toHaveText('Import complete: 3 rows imported');
  await onPage(page, 'Historic records imported');

  await page.getByRole('link', { name: 'See the reports' }).click();
  await page.getByLabel('Financial year').selectOption({ label: '2021 to 2022' });
  await page.getByRole('button', { name: 'Show figures' }).click();
  await expect(page).toHaveURL(/\?year=2021$/);
  await onPage(page, 'ReportsPerformance indicators for 2021 to 2022');
  const figures = page.getByRole('table', { name: 'Carers identified, by source: the figures' });
  await expect(figures.getByRole('row').filter({ hasText: 'Imported from the old case system' })).toContainText(/Imported from the old case system\s*3\b/);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('indicators-2021-22.csv');
  const csv = readFileSync(await file.path(), 'utf8');
  expect(csv).toContain('2021/22,identification,carersIdentified,imported,Imported from the old case system,count,3,,,');
});
