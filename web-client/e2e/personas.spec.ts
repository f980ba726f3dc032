import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { continueButton, expectErrorSummary, fillDate, onPage, signInAs, uniqueSurname } from './support/pages';

/* Each persona on its own, independent of the ordered journeys. Signing in goes through the local
   OpenID Connect provider's own page, as it goes through Entra ID's in production (decision 0033). */

test('the sign-in page offers carers and staff their own sign-in, and the provider asks who to be', async ({ page }) => {
  await page.goto('/sign-in');
  await onPage(page, 'Sign in to Luton Carers');
  await expect(page.getByRole('button', { name: 'Sign in as council or partner staff' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign in as a carer' }).click();

  // The provider's page: checked for accessibility like every page of ours, and its errors likewise.
  await expect(page).toHaveURL(/\/connect\/authorize/);
  await expect(page.getByRole('heading', { level: 1, name: 'Development sign-in' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveTitle(/^Error: /);
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await summary.getByRole('link', { name: 'Select who you want to sign in as' }).click();
  await expectNoAxeViolations(page);

  await page.getByLabel('Sam, a carer already registered', { exact: true }).check();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await onPage(page, 'Your support');
});

test('signing out signs out at the identity provider too', async ({ page }) => {
  await signInAs(page, 'A manager');
  await onPage(page, 'Staff workspace');
  await page.getByRole('link', { name: 'Sign out' }).click();
  await onPage(page, 'You have signed out');
  expect(page.url()).toMatch(/\/signed-out$/);
  expect(await page.evaluate(() => sessionStorage.getItem('luton-carers.session'))).toBeNull();
  await page.goto('/your-details');
  await onPage(page, 'Sign in to Luton Carers');
});

test('when the session ends mid-journey, signing in again in a popup keeps what was typed', async ({ page }) => {
  await signInAs(page, 'An assessor');
  await onPage(page, 'Find a carer');
  await page.getByLabel('Casework').check();
  await page.getByLabel('Postcode').fill('LU1');

  // The API refuses the next search as if the session had ended (revoked, or renewal failed).
  await page.route('**/api/carers?**', (route) =>
    route.fulfill({ status: 401, contentType: 'application/problem+json', body: JSON.stringify({ title: 'Unauthorized', status: 401 }) }), { times: 1 });
  await page.getByRole('button', { name: 'Search' }).click();
  const notice = page.getByRole('region', { name: 'Important' });
  await expect(notice).toContainText('Your session has ended');
  await expectNoAxeViolations(page);

  const popupOpened = page.waitForEvent('popup');
  await notice.getByRole('button', { name: 'Sign in again' }).click();
  const popup = await popupOpened;
  await popup.getByLabel('An assessor', { exact: true }).check();
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Sign in', exact: true }).click();
  await closed;

  await expect(page.getByText('Your session has ended')).toHaveCount(0);
  await expect(page.getByLabel('Postcode')).toHaveValue('LU1');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('table')).toBeVisible();
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
  // A carer lands on their home page, Home first in their navigation.
  await onPage(page, 'Your support');
  await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: 'Your details' }).click();
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
