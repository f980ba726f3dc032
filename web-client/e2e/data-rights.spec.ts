import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { bearer, devToken, isoDay, registeredCarer, signedInAs, staff } from './support/api';
import { onPage } from './support/pages';

/*
 * Carers' data rights (issue 15, decision 0026). A carer downloads everything held about them and
 * finds themselves and every section in the file; a data protection officer records a request that
 * came by post for another carer, found by name, sees it on the queue with its due date, and
 * downloads the carer's export to print from the request's page.
 */

/** Letters only (names allow no digits), different every run. */
const runTag = () => Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One calendar month on, or that month's last day (31 January: 28 or 29 February), as the page writes it. */
function oneMonthAfter(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const nextYear = month === 12 ? year + 1 : year;
  const nextMonth = month === 12 ? 1 : month + 1;
  const last = new Date(nextYear, nextMonth, 0).getDate();
  return `${Math.min(day, last)} ${months[nextMonth - 1]} ${nextYear}`;
}

test('a carer downloads their data and finds themselves and every section in it', async ({ page }) => {
  const familyName = `Exportson${runTag()}`;
  await registeredCarer(page, 'Dara', familyName);
  await page.goto('/your-details');
  await page.getByRole('navigation').getByRole('link', { name: 'Your data' }).click();
  await onPage(page, 'Download your data');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a file for computers (JSON)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`luton-carers-data-${isoDay()}.json`);
  const data = JSON.parse(readFileSync(await file.path(), 'utf8')) as Record<string, unknown> & { carer: { givenName: string; familyName: string } };
  expect(data.carer).toMatchObject({ givenName: 'Dara', familyName });
  for (const section of ['caringRelationships', 'consents', 'assessments', 'grants', 'breaks', 'emergencyPlans', 'gpFlags', 'complaintsAndCompliments', 'accesses']) {
    expect(data, section).toHaveProperty(section);
  }
  await expect(page.locator('.govuk-notification-banner')).toContainText('downloaded');
  await onPage(page, 'Download your data');
});

test('a data protection officer records a request received by post and sees it on the queue with its due date, then downloads the export to print', async ({ page }) => {
  const familyName = `Requestson${runTag()}`;
  const carer = await devToken(page.request, { role: 'Carer', subject: `sar-e2e-${familyName.toLowerCase()}` });
  const registered = await page.request.post('/api/me/carer', {
    headers: bearer(carer),
    data: { registeringAs: 'self', givenName: 'Rhea', familyName, dateOfBirth: '1968-02-11', postcode: 'LU2 0AA', preferredLanguage: 'en', preferredContactChannel: 'post', addressLine1: '9 Hill Road', town: 'Luton', reasonableAdjustments: [] },
  });
  expect(registered.status(), await registered.text()).toBe(201);

  await signedInAs(page, staff.dataProtection);
  await page.goto('/data-protection');
  await page.getByRole('main').getByRole('link', { name: 'Subject access requests' }).click();
  await onPage(page, 'Subject access requests');
  await page.getByRole('button', { name: 'Record a request' }).or(page.getByRole('link', { name: 'Record a request' })).click();
  await onPage(page, 'Record a subject access request');

  await page.getByRole('button', { name: 'Record the request' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose the carer the request is about');
  await onPage(page, 'Record a subject access request');

  await page.getByLabel('Carer’s name').fill(familyName);
  await page.getByRole('button', { name: 'Find the carer' }).click();
  await page.getByRole('radio', { name: new RegExp(`Rhea ${familyName}`) }).check();
  const today = isoDay();
  const [year, month, day] = today.split('-');
  await page.getByLabel('Day').fill(String(Number(day)));
  await page.getByLabel('Month').fill(String(Number(month)));
  await page.getByLabel('Year').fill(year!);
  await page.getByRole('radio', { name: 'Post' }).check();
  await page.getByRole('radio', { name: 'The carer', exact: true }).check();
  await page.getByLabel('How did you check who they are?').fill('Signed letter; date of birth and address match the record');
  await page.getByRole('button', { name: 'Record the request' }).click();

  await onPage(page, 'Subject access requests');
  const due = oneMonthAfter(today);
  await expect(page.locator('.govuk-notification-banner')).toContainText(`Request for Rhea ${familyName} recorded: respond by ${due}`);
  const row = page.getByRole('row').filter({ hasText: `Rhea ${familyName}` });
  await expect(row).toContainText(due);
  await expect(row).toContainText('days left');

  await row.getByRole('link').click();
  await onPage(page, `Subject access request: Rhea ${familyName}`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the export to print' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`luton-carers-data-${today}.html`);
  expect(readFileSync(await file.path(), 'utf8')).toContain(`Your data held by Luton Carers: Rhea ${familyName}`);
});
