import { expect, test, type Page } from '@playwright/test';
import { eligibleAssessment, registeredCarer } from './support/api';
import { expectErrorSummary, onPage, screenshot, signInAs, uniqueSurname } from './support/pages';
import { activate, chooseRadio, expectFocusOnPageStart, openFromMenu, pressEnter, typeInto } from './support/keyboard';

/*
 * Carers grants end to end: a new carer (registered through the API) has an eligible assessment
 * (the self-assessment and the assessor’s decision set up through the API), applies for £250 by keyboard alone;
 * the grants officer sets this financial year's budget, approves the application and sees the
 * adults' pot commit it; the carer sees the grant approved.
 */
test.describe.configure({ mode: 'serial' });

const givenName = 'Jordan';
const familyName = uniqueSurname('Granted');
let carer: Page;
let officer: Page;
let adultsCommittedBefore = 0;

test.beforeAll(async ({ browser }) => {
  carer = await (await browser.newContext()).newPage();
  officer = await (await browser.newContext()).newPage();
});

test.afterAll(async () => {
  await carer.context().close();
  await officer.context().close();
});

async function adultsCommitted(page: Page): Promise<number> {
  const row = page.getByRole('row', { name: /Adults’ pot/ });
  const text = (await row.getByRole('cell').nth(1).textContent()) ?? '';
  return Number(text.replace(/[£,]/g, ''));
}

test('a new carer with an eligible assessment applies for a £250 grant', async ({ request }) => {
  const page = carer;
  const token = await registeredCarer(page, givenName, familyName);
  await eligibleAssessment(request, token);

  // By keyboard alone (decision 0039): after each page, focus is on its h1 or its error summary.
  await page.goto('/home');
  await onPage(page, 'Your support');
  await openFromMenu(page, 'Grants');
  await onPage(page, 'Your grants');
  await expectFocusOnPageStart(page);
  await activate(page, page.getByRole('button', { name: 'Apply for a grant' }));
  await onPage(page, 'What is the grant for?');
  await expectFocusOnPageStart(page);
  await chooseRadio(page, page.getByLabel('A break from caring'));
  await activate(page, page.getByRole('button', { name: 'Continue' }));
  await onPage(page, 'How much do you need?');
  await expectFocusOnPageStart(page);
  await typeInto(page, page.getByLabel('How much do you need?'), '250');
  await pressEnter(page); // Enter in a text field sends its form
  await onPage(page, 'What will the grant help you with?');
  await expectFocusOnPageStart(page);
  await typeInto(page, page.getByLabel('What will the grant help you with?'), 'A weekend away while my sister looks after Dad.');
  await activate(page, page.getByRole('button', { name: 'Continue' }));
  await onPage(page, 'Check your answers before applying');
  await expectFocusOnPageStart(page);
  await activate(page, page.getByRole('button', { name: 'Apply for the grant' }));
  await expect(page.getByText('Application sent')).toBeVisible();
});

test('the grants officer sets the budget and approves the application', async () => {
  const page = officer;
  await signInAs(page, 'A grants officer');
  await onPage(page, 'Grant applications');
  const menu = page.getByRole('navigation', { name: 'Menu' });
  await expect(menu.getByRole('link', { name: 'Grant applications' })).toBeVisible();

  await menu.getByRole('link', { name: 'Grant budget' }).click();
  await onPage(page, /^Grant budget \d{4}\/\d{2}$/);
  await page.getByLabel('Total grant budget').fill('');
  await page.getByRole('button', { name: 'Set budget' }).click();
  await expectErrorSummary(page, 'Enter the total budget');
  await page.getByLabel('Total grant budget').fill('880,000');
  await page.getByLabel('Children’s pot share').fill('20');
  await page.getByRole('button', { name: 'Set budget' }).click();
  await expect(page.getByRole('alert')).toContainText('grant budget is now £880,000');
  await expectNoProblems(page);
  adultsCommittedBefore = await adultsCommitted(page);
  await screenshot(page, '40-grant-budget');

  await menu.getByRole('link', { name: 'Grant applications' }).click();
  await onPage(page, 'Grant applications');
  const link = page.getByRole('link', { name: new RegExp(`${givenName} ${familyName}`) });
  while (!(await link.isVisible())) {
    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
  }
  await expect(page.getByRole('row', { name: new RegExp(`${givenName} ${familyName}`) })).toContainText('Eligible');
  await screenshot(page, '41-grant-applications');
  await link.click();
  await onPage(page, `${givenName} ${familyName}’s grant application`);
  await page.getByRole('button', { name: 'Decline' }).click();
  await page.getByRole('button', { name: 'Decline grant' }).click();
  await expectErrorSummary(page, 'Enter why the grant is declined');
  await page.getByRole('button', { name: 'Do not decline' }).click();
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByRole('alert')).toContainText('Grant approved: £250 committed');
  await expectNoProblems(page);
  await expect(page.getByRole('button', { name: 'Mark paid' })).toBeVisible();
  // Opened directly (a reload, a bookmark): the application is read on its own, wherever it is in the lists.
  await page.reload();
  await onPage(page, `${givenName} ${familyName}’s grant application`);
  await expect(page.getByRole('button', { name: 'Mark paid' })).toBeVisible();
  await expectNoProblems(page);

  await menu.getByRole('link', { name: 'Grant budget' }).click();
  await onPage(page, /^Grant budget /);
  expect(await adultsCommitted(page)).toBe(adultsCommittedBefore + 250);
});

test('the carer sees the grant approved', async () => {
  const page = carer;
  await page.goto('/grants');
  await onPage(page, 'Your grants');
  await expect(page.getByRole('row', { name: /A break from caring/ })).toContainText('Approved');
});

async function expectNoProblems(page: Page): Promise<void> {
  await expect(page.locator('.govuk-error-summary')).toHaveCount(0);
}
