import { expect, test } from '@playwright/test';
import { continueButton, expectErrorSummary, fillDate, onPage, signInAs, uniqueSurname } from './support/pages';

/* Each persona on its own, independent of the ordered journeys. */

test('signing in without choosing a persona shows the error summary', async ({ page }) => {
  await page.goto('/sign-in');
  await onPage(page, 'Sign in to Luton Carers');
  await continueButton(page);
  await expectErrorSummary(page, 'Select who you want to sign in as');
});

test('someone not signed in is sent to sign in', async ({ page }) => {
  await page.goto('/your-details');
  await onPage(page, 'Sign in to Luton Carers');
});

test('a manager lands on the staff workspace, which leads to partner webhooks', async ({ page }) => {
  await signInAs(page, 'A manager');
  await onPage(page, 'Staff workspace');
  await expect(page.getByRole('main').getByRole('link', { name: 'Partner webhooks' })).toBeVisible();
});

test('an assessor has the staff navigation and can open the GP flag feed and the match queue', async ({ page }) => {
  await signInAs(page, 'An assessor');
  await onPage(page, 'Find a carer');
  const menu = page.getByRole('navigation', { name: 'Menu' });
  for (const item of ['Search carers', 'GP flag feed', 'Match queue', 'Upload a GP extract']) {
    await expect(menu.getByRole('link', { name: item })).toBeVisible();
  }
  await menu.getByRole('link', { name: 'GP flag feed' }).click();
  await onPage(page, 'GP flag feed');
  await expect(menu.getByRole('link', { name: 'GP flag feed' })).toHaveAttribute('aria-current', 'page');
  await menu.getByRole('link', { name: 'Match queue' }).click();
  await onPage(page, 'Match queue');
});

test('Sam, already registered, sees their record from the demo data', async ({ page }) => {
  await signInAs(page, 'Sam, a carer already registered');
  await onPage(page, 'Your details');
  await expect(page.locator('.govuk-summary-list')).toContainText('Sam');
  await page.getByRole('link', { name: 'People you care for' }).click();
  await onPage(page, 'People you care for');
  await page.getByRole('link', { name: 'Sharing your information' }).click();
  await onPage(page, 'Sharing your information');
});

test("a young carer's parent is asked about the young carer", async ({ page }) => {
  await signInAs(page, "A young carer's parent");
  await onPage(page, 'Register as a carer');
  await page.getByRole('button', { name: 'Start now' }).click();
  await onPage(page, 'Who are you registering?');
  await page.getByLabel('A young carer I am the parent or guardian of').check();
  await continueButton(page);
  await onPage(page, 'What is the young carer’s name?');
  await page.getByLabel('First name').fill('Jo');
  await page.getByLabel('Last name').fill(uniqueSurname('Youngcarer'));
  await continueButton(page);
  await onPage(page, 'What is the young carer’s date of birth?');
  // A parent registers a child under 18; an adult registers themselves.
  await fillDate(page.getByRole('group', { name: 'What is the young carer’s date of birth?' }), '1', '1', '1990');
  await continueButton(page);
  await expectErrorSummary(page, 'A parent can register a young carer under 18');
});
