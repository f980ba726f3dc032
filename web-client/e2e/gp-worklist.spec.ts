import { expect, test } from '@playwright/test';
import { flagAsCarer, freshNhsNumber, freshPractice, isoDay, signedInAs, staff } from './support/api';
import { fillDate, onPage, screenshot, uniqueSurname } from './support/pages';

/*
 * The GP worklist (issue #14): a practice flags a patient as a carer who agreed to be contacted;
 * an assessor finds them on the worklist, records a first attempt that did not reach them, then
 * registers them. The record keeps "Identified by their GP" and shows the GP status; staff then change
 * a detail (If-Match with the record's version). The person's
 * own sign-in to that record is the claim journey's part.
 */

test('a GP-flagged person is contacted and registered by staff from the worklist', async ({ page }) => {
  const nhsNumber = freshNhsNumber();
  const practice = freshPractice();
  await flagAsCarer(page.request, nhsNumber, practice, isoDay(-20));
  const shown = `${nhsNumber.slice(0, 3)} ${nhsNumber.slice(3, 6)} ${nhsNumber.slice(6)}`;

  await signedInAs(page, staff.assessor);
  await page.goto('/gp-worklist');
  await onPage(page, 'GP worklist');
  await page.getByLabel('GP practice code').fill(practice.toLowerCase());
  await page.getByRole('button', { name: 'Show' }).click();
  const row = page.getByRole('row').filter({ hasText: shown });
  await expect(row).toContainText('Not tried yet');
  await expect(page.getByRole('row')).toHaveCount(2);

  await row.getByRole('link', { name: /Record an attempt/ }).click();
  await onPage(page, 'Record a contact attempt');
  await page.getByLabel('Could not reach').check();
  await page.getByLabel('Note (optional)').fill('The practice left a message for them.');
  await page.getByRole('button', { name: 'Save attempt' }).click();
  await onPage(page, 'GP worklist');
  await expect(page.locator('.govuk-notification-banner--success')).toContainText('They stay on the worklist');

  await page.goto(`/gp-worklist?practice=${practice}`);
  const tried = page.getByRole('row').filter({ hasText: shown });
  await expect(tried).toContainText('1 attempt');
  await tried.getByRole('link', { name: /Register as a carer/ }).click();
  await onPage(page, 'Register a carer');
  await expect(page.getByLabel('NHS number (optional)')).toHaveValue(shown);
  const familyName = uniqueSurname('Flagged');
  await page.getByLabel('First name').fill('Gita');
  await page.getByLabel('Last name').fill(familyName);
  await fillDate(page.getByRole('group', { name: 'Date of birth' }), '12', '4', '1961');
  await page.getByLabel('Postcode').fill('LU2 9AB');
  await page.getByLabel('Phone number (optional)').fill('01582 765432');
  await page.getByLabel('Phone call').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await onPage(page, 'Check the carer’s details before registering them');
  await page.getByRole('button', { name: 'Register carer' }).click();

  await onPage(page, `Gita ${familyName}`);
  await expect(page.locator('.govuk-notification-banner--success')).toContainText('is registered as a carer');
  await expect(page.locator('main')).toContainText('Identified by their GP');
  await expect(page.locator('main')).toContainText('Identified as a carer');
  await screenshot(page, 'gp-worklist-registered');

  // Staff change the details they took down: the new record's version goes with the change.
  await page.getByRole('link', { name: `Change Gita ${familyName}’s details` }).click();
  await onPage(page, 'Change the carer’s details');
  await page.getByLabel('Address line 1 (optional)').fill('7 Hart Lane');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('.govuk-notification-banner--success')).toContainText('Details saved');
  await expect(page.locator('main')).toContainText('7 Hart Lane');

  await page.goto(`/gp-worklist?practice=${practice}`);
  await expect(page.getByText(`No one from practice ${practice} is awaiting contact.`)).toBeVisible();
});
