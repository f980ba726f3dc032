import { expect, test, type Page } from '@playwright/test';
import { addCaredForPerson, cancelMyBreak, cancelOpenBreaksWith, carerWithPerson, devToken, isoDay, providerIdByName, registeredCarer, requestBreak } from './support/api';
import { activate, chooseRadio, expectFocusOnPageStart, openFromMenu } from './support/keyboard';
import { continueButton, expectErrorSummary, onPage, screenshot, signInAs, uniqueSurname } from './support/pages';

/*
 * Carers breaks end to end (SPEC §5): a manager adds a provider of sitting services and short
 * breaks with one place a day; a new carer (registered through the API) asks for a short break
 * from the availability calendar, meets the place being taken meanwhile (409) and chooses another
 * day; an assessor declines an emergency request with a reason, approves the carer's break and
 * records the provider's confirmation; the carer sees it confirmed, then cancels it, and asks for
 * an emergency sitting service today. Staff see whom each break is for (the carer's and the
 * cared-for person's names), and so does the carer.
 *
 * Everything the journey needs is made here, with names no other run uses; whatever a failed run
 * leaves open with its provider is cancelled afterwards.
 */

/** "Wednesday 25 November": how the calendar's radios name a day. */
function dayText(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
}

function menu(page: Page) {
  return page.getByRole('navigation', { name: 'Menu' });
}

test.describe('carers breaks', () => {
  test.describe.configure({ mode: 'serial' });

  const provider = `Respite ${uniqueSurname('Test')}`;
  const carerName = { givenName: 'Robin', familyName: uniqueSurname('Breaktaker') };
  const person = { givenName: 'Morgan', familyName: uniqueSurname('Caredfor') };
  const carerFull = `${carerName.givenName} ${carerName.familyName}`;
  const personFull = `${person.givenName} ${person.familyName}`;
  const otherCarer = { givenName: 'Alex', familyName: uniqueSurname('Other') };
  const otherPerson = { givenName: 'Sam', familyName: uniqueSurname('Other') };
  const firstChoice = isoDay(2);
  const secondChoice = isoDay(3);
  let carer: Page;
  let assessor: Page;
  let providerId = '';
  let other: { token: string; relationshipId: string };

  test.beforeAll(async ({ browser }) => {
    carer = await (await browser.newContext()).newPage();
    assessor = await (await browser.newContext()).newPage();
  });

  test.afterAll(async ({ playwright }) => {
    await carer.context().close();
    await assessor.context().close();
    const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    await cancelOpenBreaksWith(api, provider);
    await api.dispose();
  });

  test('a manager adds a provider of sitting services and short breaks with one place a day', async ({ page, request }) => {
    await signInAs(page, 'A manager');
    await onPage(page, 'Staff workspace');
    await menu(page).getByRole('link', { name: 'Break providers' }).click();
    await onPage(page, 'Break providers');
    await page.getByRole('button', { name: 'Add a provider' }).click();
    await onPage(page, 'Add a provider of breaks');
    await page.getByRole('button', { name: 'Add provider' }).click();
    await expectErrorSummary(page, 'Enter the provider’s name');
    await page.getByLabel('Name of the provider').fill(provider);
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
      await page.getByLabel(day).check();
    }
    await page.getByLabel('Sitting service').fill('1');
    await page.getByLabel('Short break').fill('1');
    await page.getByRole('button', { name: 'Add provider' }).click();
    await expect(page.getByRole('alert')).toContainText(`${provider} added`);
    await onPage(page, 'Break providers');
    const section = page.getByRole('region', { name: provider });
    await expect(section).toContainText('Sitting service: 1 place a day. Short break: 1 place a day.');
    await expect(section.getByRole('table')).toContainText('0 taken, 1 left');

    providerId = await providerIdByName(request, await devToken(request, { role: 'Staff.Manager', subject: 'demo-manager-1' }), provider);
  });

  test('a new carer, registered with someone they care for, sees them in their record', async ({ request }) => {
    await addCaredForPerson(request, await registeredCarer(carer, carerName.givenName, carerName.familyName), person);
    other = await carerWithPerson(request, `e2e-other-carer-${uniqueSurname('')}`, otherCarer, otherPerson);
    await carer.goto('/people-you-care-for');
    await onPage(carer, 'People you care for');
    await expect(carer.locator('.govuk-summary-card')).toContainText(personFull);
  });

  test('the carer asks for a short break from the calendar and chooses again when the place is taken', async ({ request }) => {
    const page = carer;
    // By keyboard alone (decision 0039): after each page, focus is on its h1 or its error summary.
    const next = async (heading: string) => {
      await onPage(page, heading);
      await expectFocusOnPageStart(page);
    };
    const continueOn = () => activate(page, page.getByRole('button', { name: 'Continue' }));
    await page.goto('/home');
    await onPage(page, 'Your support');
    await openFromMenu(page, 'Breaks');
    await next('Your breaks');
    await expect(page.getByText('You have not asked for a break yet.')).toBeVisible();
    await activate(page, page.getByRole('button', { name: 'Ask for a break' }));
    await next('Who is the break for?');
    await continueOn();
    await expectErrorSummary(page, 'Select who the break is for');
    await chooseRadio(page, page.getByLabel(`${person.givenName} ${person.familyName}`));
    await continueOn();
    await next('What type of break do you need?');
    await chooseRadio(page, page.getByLabel('Short break'));
    await continueOn();
    await next('Do you need the break today because of an emergency?');
    await chooseRadio(page, page.getByLabel('No, I am planning ahead'));
    await continueOn();

    await next('Choose a provider and the first day');
    await continueOn();
    await expectErrorSummary(page, 'Select a provider and a day with a place left');
    const firstSlot = page.getByRole('radio', { name: `1 place left at ${provider} on ${dayText(firstChoice)}` });
    await chooseRadio(page, firstSlot);
    await screenshot(page, '50-break-calendar');
    await continueOn();
    await next('When is the last day of the break?');
    await expect(page.getByLabel('When is the last day of the break?')).toHaveValue(firstChoice);
    await continueOn();
    await next('Check your answers before asking for the break');
    await expect(page.locator('.govuk-summary-list')).toContainText(provider);
    await screenshot(page, '56-break-check-answers');

    // Someone else takes the last place on that day before this carer sends the request.
    const taken = await requestBreak(request, other.token, { relationshipId: other.relationshipId, breakType: 'shortBreak', providerId, startsOn: firstChoice });
    await activate(page, page.getByRole('button', { name: 'Send request' }));
    await expectErrorSummary(page, /no place left on/);
    await activate(page, page.locator('.govuk-error-summary').getByRole('link'));
    await onPage(page, 'Choose a provider and the first day');
    await expect(page.getByRole('row', { name: new RegExp(provider) }).filter({ hasText: 'Full' })).toHaveCount(1);
    await expect(page.getByRole('radio', { name: `1 place left at ${provider} on ${dayText(firstChoice)}` })).toHaveCount(0);
    await cancelMyBreak(request, other.token, taken.id);

    await chooseRadio(page, page.getByRole('radio', { name: `1 place left at ${provider} on ${dayText(secondChoice)}` }));
    await continueOn();
    await next('When is the last day of the break?');
    await continueOn();
    await next('Check your answers before asking for the break');
    await activate(page, page.getByRole('button', { name: 'Send request' }));
    await next('Break requested');
    await activate(page, page.getByRole('link', { name: 'View your breaks' }));
    await next('Your breaks');
    const requested = page.getByRole('row', { name: new RegExp(provider) });
    await expect(requested).toContainText('Requested');
    await expect(requested.getByRole('cell', { name: personFull, exact: true })).toBeVisible();
  });

  test('an assessor declines an emergency with a reason, approves the break and records the provider’s confirmation', async ({ request }) => {
    // Another carer's emergency today, with the same provider: it goes to the top of the queue.
    await requestBreak(request, other.token, { relationshipId: other.relationshipId, breakType: 'shortBreak', providerId, startsOn: isoDay(0), emergency: true });

    const page = assessor;
    await signInAs(page, 'An assessor');
    await onPage(page, 'Find a carer');
    await menu(page).getByRole('link', { name: 'Breaks' }).click();
    await onPage(page, 'Breaks');
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows.nth(1)).toContainText('Emergency');
    const emergencyRow = page.getByRole('row', { name: new RegExp(`Emergency.*${provider}`) });
    await expect(emergencyRow).toHaveCount(1);
    await expect(emergencyRow.getByRole('link', { name: `${otherCarer.givenName} ${otherCarer.familyName}`, exact: true })).toBeVisible();
    await expect(emergencyRow).toContainText(`${otherPerson.givenName} ${otherPerson.familyName}`);
    await screenshot(page, '51-break-queue');
    await emergencyRow.getByRole('link', { name: new RegExp(`Short break with ${provider}`) }).click();
    await onPage(page, `Short break with ${provider}`);
    await page.getByRole('button', { name: 'Decline' }).click();
    await page.getByRole('button', { name: 'Decline break' }).click();
    await expectErrorSummary(page, 'Enter why the break is declined');
    await page.getByLabel('Why is the break declined?').fill('Another carer has the place; we have called you about a sitter instead.');
    await page.getByRole('button', { name: 'Decline break' }).click();
    await expect(page.getByRole('alert')).toContainText('Break declined');
    await expect(page.locator('.govuk-summary-list')).toContainText('Declined');

    await page.getByRole('link', { name: 'Back to breaks' }).click();
    await onPage(page, 'Breaks');
    const carersRow = page.getByRole('row', { name: new RegExp(provider) });
    // The queue is paged (emergencies first, then oldest first): follow Next until the carer's request is shown.
    while ((await carersRow.count()) === 0) {
      await page.getByRole('link', { name: 'Next page' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
    }
    await expect(carersRow).toHaveCount(1);
    await expect(carersRow).not.toContainText('Emergency');
    // Whom the break is for, before approving it: the carer (linking to their record) and the person cared for.
    await expect(carersRow.getByRole('link', { name: carerFull, exact: true })).toHaveAttribute('href', /^\/carers\/[0-9a-f-]{36}$/);
    await expect(carersRow.getByRole('cell', { name: personFull, exact: true })).toBeVisible();
    await carersRow.getByRole('link', { name: new RegExp(`Short break with ${provider}`) }).click();
    await onPage(page, `Short break with ${provider}`);
    const summary = page.locator('.govuk-summary-list');
    await expect(summary.getByRole('link', { name: carerFull, exact: true })).toBeVisible();
    await expect(summary).toContainText(personFull);
    await page.getByRole('button', { name: 'Approve' }).click();
    await expect(page.getByRole('alert')).toContainText('Break approved');
    await page.getByRole('button', { name: 'Record the provider’s confirmation' }).click();
    await expect(page.getByRole('alert')).toContainText('Provider’s confirmation recorded');
    await expect(page.locator('.govuk-summary-list')).toContainText('Confirmed');
    await expect(page.getByRole('button', { name: 'Mark as completed' })).toBeVisible();
    await onPage(page, `Short break with ${provider}`);
    await screenshot(page, '57-break-confirmed');
    // Opened directly (a reload, a bookmark): the break is read on its own, wherever it is in its queue.
    await page.reload();
    await onPage(page, `Short break with ${provider}`);
    await expect(page.locator('.govuk-summary-list')).toContainText('Confirmed');
    await expect(page.getByRole('button', { name: 'Mark as completed' })).toBeVisible();
    await expect(page.locator('.govuk-error-summary')).toHaveCount(0);

    await menu(page).getByRole('link', { name: 'Break providers' }).click();
    await onPage(page, 'Break providers');
    const capacity = page.getByRole('region', { name: provider }).getByRole('row', { name: new RegExp(dayText(secondChoice)) });
    await expect(capacity).toContainText('1 taken, Full');
    await screenshot(page, '58-break-providers');

    await menu(page).getByRole('link', { name: 'Plan reviews' }).click();
    await onPage(page, 'Emergency plans overdue for review');
  });

  test('the carer sees the break confirmed, then cancels it', async () => {
    const page = carer;
    await page.goto('/breaks');
    await onPage(page, 'Your breaks');
    const row = page.getByRole('row', { name: new RegExp(provider) });
    await expect(row).toContainText('Confirmed');
    await expect(row).toContainText(personFull);
    await screenshot(page, '52-your-breaks');
    await row.getByRole('link', { name: /Cancel/ }).click();
    await onPage(page, 'Are you sure you want to cancel this break?');
    await page.getByRole('button', { name: 'Yes, cancel the break' }).click();
    await onPage(page, 'Your breaks');
    await expect(page.getByRole('alert')).toContainText(`for ${personFull}`);
    await expect(page.getByRole('alert')).toContainText('is cancelled');
    await expect(page.getByRole('row', { name: new RegExp(provider) })).toContainText('Cancelled');
  });

  test('the carer asks for an emergency sitting service today', async () => {
    const page = carer;
    await page.getByRole('button', { name: 'Ask for a break' }).click();
    await onPage(page, 'Who is the break for?');
    await page.getByLabel(`${person.givenName} ${person.familyName}`).check();
    await continueButton(page);
    await onPage(page, 'What type of break do you need?');
    await page.getByLabel('Sitting service').check();
    await continueButton(page);
    await onPage(page, 'Do you need the break today because of an emergency?');
    await page.getByLabel('Yes, I need a break today').check();
    await continueButton(page);
    await onPage(page, 'Choose a provider for today');
    await expect(page.getByRole('table')).toHaveCount(1);
    await page.getByRole('radio', { name: `1 place left at ${provider} on ${dayText(isoDay(0))}` }).check();
    await continueButton(page);
    await onPage(page, 'How long do you need the sitter for?');
    await expect(page.getByRole('group', { name: 'How long do you need the sitter for?' })).toContainText('You have 4 hours left');
    await page.getByLabel('1 hour 30 minutes').check();
    await continueButton(page);
    await onPage(page, 'Check your answers before asking for the break');
    const answers = page.locator('.govuk-summary-list');
    await expect(answers).toContainText('Yes, I need the break today');
    await expect(answers).toContainText('1 hour 30 minutes');
    await page.getByRole('button', { name: 'Send request' }).click();
    await onPage(page, 'Break requested');
    await expect(page.getByText('You told us it is an emergency')).toBeVisible();
    await page.getByRole('link', { name: 'View your breaks' }).click();
    await onPage(page, 'Your breaks');
    await expect(page.getByRole('row', { name: /Sitting service/ })).toContainText('Emergency');
  });
});
