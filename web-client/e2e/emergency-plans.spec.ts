import { expect, test, type Page } from '@playwright/test';
import { addCaredForPerson, registeredCarer, signedInAs } from './support/api';
import { activate, chooseRadio, expectFocusOnPageStart, openFromMenu, typeInto } from './support/keyboard';
import { expectErrorSummary, onPage, screenshot, signInAs, uniqueSurname } from './support/pages';

/*
 * Emergency plans end to end (SPEC §6): a new carer (registered through the API) writes a plan
 * by keyboard alone, section by section (coming back to it after a reload) with an emergency contact and gets a card
 * number; the emergency duty officer looks the plan up by that number (after a mistyped one is
 * refused); the carer sees the look-up; the carer changes the plan on a second device, and the
 * first browser's stale save is refused (412), shows the latest plan and then saves.
 *
 * Everything the journey needs is made here, with names no other run uses.
 */

function menu(page: Page) {
  return page.getByRole('navigation', { name: 'Menu' });
}

test.describe('emergency plans', () => {
  test.describe.configure({ mode: 'serial' });

  const carerName = { givenName: 'Avery', familyName: uniqueSurname('Planner') };
  const person = { givenName: 'Jesse', familyName: uniqueSurname('Planned') };
  const personFull = `${person.givenName} ${person.familyName}`;
  let carer: Page;
  let cardNumber = '';

  test.beforeAll(async ({ browser }) => {
    carer = await (await browser.newContext()).newPage();
  });

  test.afterAll(async () => {
    await carer.context().close();
  });

  test('a new carer, registered with someone they care for, sees them in their record', async ({ request }) => {
    await addCaredForPerson(request, await registeredCarer(carer, carerName.givenName, carerName.familyName), person);
    await carer.goto('/people-you-care-for');
    await onPage(carer, 'People you care for');
    await expect(carer.locator('.govuk-summary-card')).toContainText(personFull);
  });

  test('the carer writes an emergency plan section by section and gets a card number', async () => {
    const page = carer;
    // By keyboard alone (decision 0039): after each page, focus is on its h1 or its error summary.
    const next = async (heading: string) => {
      await onPage(page, heading);
      await expectFocusOnPageStart(page);
    };
    const saveAndContinue = () => activate(page, page.getByRole('button', { name: 'Save and continue' }));
    await page.goto('/home');
    await onPage(page, 'Your support');
    await openFromMenu(page, 'Emergency plans');
    await next('Your emergency plans');
    await expect(page.getByText('You will get an emergency card number when you save your first plan.')).toBeVisible();
    const plan = page.getByRole('region', { name: `Plan for ${personFull}` });
    await expect(plan).toContainText('You have completed 0 of 6 sections');

    await activate(page, plan.getByRole('link', { name: 'Care needed' }));
    await next(`The care ${personFull} needs`);
    await saveAndContinue();
    await expectErrorSummary(page, `Enter the care ${personFull} needs`);
    await typeInto(page, page.getByLabel(`What care does ${personFull} need?`), 'Help to wash, dress and eat. Walks with a frame.');
    await typeInto(page, page.getByLabel('When do they need it?'), 'At 8am, midday and 6pm, and at bedtime.');
    await saveAndContinue();
    await next('Your emergency plans');
    await expect(plan).toContainText('You have completed 1 of 6 sections');
    const number = page.getByTestId('card-number');
    await expect(number).toHaveText(/^\d{4} \d{4} \d{4}$/);
    cardNumber = (await number.textContent()) ?? '';

    // Save and come back: after a reload the saved sections are there and the plan can still be changed.
    await page.reload();
    await onPage(page, 'Your emergency plans');
    await expect(plan.locator('.govuk-task-list__item').filter({ hasText: 'Care needed' })).toContainText('Completed');
    await activate(page, plan.getByRole('link', { name: 'Emergency contacts' }));
    await next(`Who can we contact in an emergency about ${personFull}?`);
    await typeInto(page, page.getByLabel('Full name'), 'Ada Neighbour');
    await typeInto(page, page.getByLabel('Phone number'), '07700 900111');
    await typeInto(page, page.getByLabel(`Who they are to ${personFull} (optional)`), 'Neighbour');
    await chooseRadio(page, page.getByRole('group', { name: 'Have they agreed to be an emergency contact?' }).getByLabel('Yes'));
    await saveAndContinue();
    await expectErrorSummary(page, 'Select whether they have a copy of the plan');
    await chooseRadio(page, page.getByRole('group', { name: 'Do they have a copy of the plan?' }).getByLabel('Yes'));
    await screenshot(page, '59-emergency-contacts');
    await saveAndContinue();
    await next('Your emergency plans');

    await activate(page, plan.getByRole('link', { name: 'Medication' }));
    await next(`What medicines does ${personFull} take, and when?`);
    await typeInto(page, page.getByLabel(`What medicines does ${personFull} take, and when?`), 'Donepezil 10 mg at night, in the kitchen cupboard.');
    await saveAndContinue();
    await next('Your emergency plans');
    await expect(plan).toContainText('You have completed 3 of 6 sections');
    for (const section of ['Care needed', 'Medication', 'Emergency contacts']) {
      await expect(plan.locator('.govuk-task-list__item').filter({ hasText: section })).toContainText('Completed');
    }
    await expect(plan.locator('.govuk-task-list__item').filter({ hasText: 'GP' })).toContainText('Not yet started');
    await screenshot(page, '53-emergency-plans');
  });

  test('the carer prints their emergency card, which shows the number and nothing about them, and reads the plan', async () => {
    const page = carer;
    await page.goto('/emergency-plans');
    await onPage(page, 'Your emergency plans');
    await page.getByRole('link', { name: 'Print your emergency card' }).click();
    await onPage(page, 'Your emergency card');
    const card = page.getByRole('group', { name: 'Emergency card' });
    await expect(card).toContainText(cardNumber);
    await expect(card).not.toContainText(carerName.familyName);
    await expect(card).not.toContainText(person.familyName);
    await expect(page.getByRole('button', { name: 'Print your card' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.govuk-template__header')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print your card' })).toBeHidden();
    await expect(card).toBeVisible();
    await screenshot(page, '54-emergency-card-print');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('link', { name: 'Back to your emergency plans' }).click();
    await onPage(page, 'Your emergency plans');

    await page.getByRole('link', { name: `Read or print the plan for ${personFull}` }).click();
    await onPage(page, `Emergency plan for ${personFull}`);
    await expect(page.getByRole('main')).toContainText('Donepezil 10 mg at night');
    await expect(page.getByRole('row', { name: /Ada Neighbour/ })).toContainText('07700 900111');
  });

  test('the emergency duty officer looks the plan up by its card number, and nothing else', async ({ page }) => {
    await signInAs(page, 'Emergency duty officer');
    await onPage(page, 'Look up an emergency card');
    await expect(menu(page).getByRole('link')).toHaveText(['Look up a card', 'Sign out']);

    const digits = cardNumber.replace(/ /g, '');
    const mistyped = `${digits.slice(0, 11)}${(Number(digits[11]) + 1) % 10}`;
    await page.getByLabel('Emergency card number').fill(mistyped);
    await page.getByRole('button', { name: 'Look up' }).click();
    await expectErrorSummary(page, 'This is not an emergency card number: check each digit and try again');

    await page.getByLabel('Emergency card number').fill(cardNumber);
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect(page.getByRole('heading', { name: `Emergency card ${cardNumber}` })).toBeFocused();
    await onPage(page, 'Look up an emergency card');
    const main = page.getByRole('main');
    await expect(main).toContainText(`${carerName.givenName} ${carerName.familyName}`);
    await expect(main).toContainText(`Emergency plan for ${personFull}`);
    await expect(main).toContainText('Help to wash, dress and eat.');
    await expect(page.getByRole('row', { name: /Ada Neighbour/ })).toContainText('07700 900111');
    await screenshot(page, '55-emergency-card-look-up');

    // Only the look-up: no list or search of plans or carers.
    await page.goto('/carers');
    await onPage(page, 'Look up an emergency card');
    await page.goto('/emergency-plan-reviews');
    await onPage(page, 'Look up an emergency card');
  });

  test('the carer sees the look-up in who has looked at their plans', async () => {
    const page = carer;
    await page.goto('/emergency-plans');
    await onPage(page, 'Your emergency plans');
    const lookups = page.getByRole('table', { name: /Who has looked at your plans/ });
    await expect(lookups.getByRole('row')).toHaveCount(2);
    await expect(lookups).toContainText('Luton Council — emergency duty team');
    // The team, never the officer (decision 0025).
    await expect(lookups).not.toContainText('demo-duty-1');
  });

  test('the carer changes the plan on another device; this browser’s stale save is refused, shows the latest and then saves', async ({ browser }) => {
    const page = carer;
    await page.goto('/emergency-plans');
    await onPage(page, 'Your emergency plans');
    const plan = page.getByRole('region', { name: `Plan for ${personFull}` });
    await plan.getByRole('link', { name: 'Medication' }).click();
    const medication = page.getByLabel(`What medicines does ${personFull} take, and when?`);
    await onPage(page, `What medicines does ${personFull} take, and when?`);
    await expect(medication).toHaveValue('Donepezil 10 mg at night, in the kitchen cupboard.');

    // Meanwhile a second device (another browser, where the same carer signs in) changes the
    // same section: it can, because the list gives each plan's ETag.
    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await signedInAs(other, { role: 'Carer', subject: `new-carer-e2e-${carerName.familyName.toLowerCase()}`, displayName: 'The same carer' });
    await other.goto('/emergency-plans');
    await onPage(other, 'Your emergency plans');
    const otherPlan = other.getByRole('region', { name: `Plan for ${personFull}` });
    await expect(otherPlan).toContainText('You have completed 3 of 6 sections');
    await otherPlan.getByRole('link', { name: 'Medication' }).click();
    await onPage(other, `What medicines does ${personFull} take, and when?`);
    await other.getByLabel(`What medicines does ${personFull} take, and when?`).fill('Donepezil 5 mg in the morning, since the GP changed it.');
    await other.getByRole('button', { name: 'Save and continue' }).click();
    await onPage(other, 'Your emergency plans');
    await otherContext.close();

    // This browser still has the plan as it read it: its save is refused and it loads the latest.
    await medication.fill('Donepezil 10 mg at night, and paracetamol when needed.');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expectErrorSummary(page, 'This plan was saved somewhere else (in another window or on another device)');
    await expect(medication).toHaveValue('Donepezil 5 mg in the morning, since the GP changed it.');
    await screenshot(page, '60-emergency-plan-changed-elsewhere');

    // Saving again sends the latest ETag and goes through.
    await medication.fill('Donepezil 5 mg in the morning, and paracetamol when needed.');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await onPage(page, 'Your emergency plans');
    await page.getByRole('link', { name: `Read or print the plan for ${personFull}` }).click();
    await onPage(page, `Emergency plan for ${personFull}`);
    await expect(page.getByRole('main')).toContainText('Donepezil 5 mg in the morning, and paracetamol when needed.');
  });
});
