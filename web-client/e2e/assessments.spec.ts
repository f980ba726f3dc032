import { expect, test, type Page } from '@playwright/test';
import { registeredCarer } from './support/api';
import { expectErrorSummary, fillDate, onPage, screenshot, signInAs, uniqueSurname } from './support/pages';
import { activate, chooseRadio, expectFocusOnPageStart, typeInto } from './support/keyboard';

/*
 * A carer's assessment end to end: a new carer (registered through the API) starts from their home page and fills in a
 * supported self-assessment by keyboard alone (answers are
 * kept across a reload), sends it; an assessor finds it in the Unallocated queue, takes it,
 * confirms it eligible with reasons and records a support plan; the carer reads the decision and
 * the plan. One carer's tab and one assessor's tab, in order.
 */
test.describe.configure({ mode: 'serial' });

const givenName = 'Robin';
const familyName = uniqueSurname('Assessed');
let carer: Page;

test.beforeAll(async ({ browser }) => {
  carer = await (await browser.newContext()).newPage();
});

test.afterAll(async () => {
  await carer.context().close();
});

// The carer's self-assessment is done by keyboard alone (decision 0039): after each page, focus is
// on its h1 or its error summary.
const saveAndContinue = (page: Page) => activate(page, page.getByRole('button', { name: 'Save and continue' }));

async function onQuestion(page: Page, heading: string) {
  await onPage(page, heading);
  await expectFocusOnPageStart(page);
}

async function answerText(page: Page, heading: string, text: string) {
  await onQuestion(page, heading);
  await typeInto(page, page.getByLabel(heading), text);
  await saveAndContinue(page);
}

async function answerRadio(page: Page, heading: string, label: string) {
  await onQuestion(page, heading);
  await chooseRadio(page, page.getByRole('group', { name: heading }).getByLabel(label, { exact: true }));
  await saveAndContinue(page);
}

test('a new carer fills in a self-assessment, comes back to it, and sends it', async () => {
  const page = carer;
  await registeredCarer(page, givenName, familyName);
  await page.goto('/home');
  await onPage(page, 'Your support');
  // With no assessment yet, the home page's first thing to do is to ask for one.
  await activate(page, page.getByRole('link', { name: 'Ask for a carer’s assessment' }));
  await onQuestion(page, 'How would you like to be assessed?');
  await activate(page, page.getByRole('button', { name: 'Continue' }));
  await expectErrorSummary(page, 'Select how you would like to be assessed');
  await chooseRadio(page, page.getByLabel('Fill it in myself now'));
  await activate(page, page.getByRole('button', { name: 'Continue' }));

  await onPage(page, 'Carer’s assessment');
  await expect(page.getByRole('alert')).toContainText('You have started your assessment');
  await expectFocusOnPageStart(page);
  await screenshot(page, '20-assessment-task-list');
  await activate(page, page.getByRole('link', { name: 'About your caring' }));
  await onQuestion(page, 'Tell us about the caring you do');
  await saveAndContinue(page);
  await expectErrorSummary(page, 'Enter your answer');
  await typeInto(page, page.getByLabel('Tell us about the caring you do'), 'I care for my mother, who has dementia, about 40 hours a week.');
  await saveAndContinue(page);
  await answerRadio(page, 'Are you able and willing to keep caring now?', 'Yes');
  await answerRadio(page, 'Will you be able and willing to keep caring in the future?', 'No');

  // Saved to the API: a reload (or signing in again later) finds the section done and the answer kept.
  await onPage(page, 'Carer’s assessment');
  await page.reload();
  await onPage(page, 'Carer’s assessment');
  await expect(page.locator('.govuk-task-list__item').filter({ hasText: 'About your caring' })).toContainText('Completed');
  await activate(page, page.getByRole('link', { name: 'About your caring' }));
  await onQuestion(page, 'Tell us about the caring you do');
  await expect(page.getByLabel('Tell us about the caring you do')).toHaveValue('I care for my mother, who has dementia, about 40 hours a week.');
  await activate(page, page.getByRole('link', { name: 'Back', exact: true }), { backwards: true });

  await onQuestion(page, 'Carer’s assessment');
  await activate(page, page.getByRole('link', { name: 'Your health' }));
  await answerText(page, 'How is your health?', 'I have back pain from lifting.');
  await answerRadio(page, 'Is caring making your health worse, or putting it at risk?', 'Yes');
  await answerText(page, 'How does caring affect your wellbeing?', 'I sleep badly and rarely see friends.');

  await onQuestion(page, 'Carer’s assessment');
  await activate(page, page.getByRole('link', { name: 'The things you want to be able to do' }));
  const outcomes = [
    'Looking after a child',
    'Looking after anyone else you care for',
    'Keeping your home safe and fit to live in',
    'Eating well and getting enough food and drink',
    'Keeping up relationships with family and friends',
    'Work, training, education or volunteering',
    'Using local places and services, such as shops and leisure centres',
    'Having time for rest and things you enjoy',
  ];
  for (const outcome of outcomes) {
    const heading = `${outcome}: are you able to do this?`;
    await onQuestion(page, heading);
    if (outcome.startsWith('Having time')) {
      await chooseRadio(page, page.getByLabel('No, I am not able to do this'));
      await typeInto(page, page.getByLabel('Tell us why'), 'I have no time to myself at all.');
    } else {
      await chooseRadio(page, page.getByLabel('Yes, I am able to do this'));
    }
    await saveAndContinue(page);
  }

  await onQuestion(page, 'Carer’s assessment');
  await activate(page, page.getByRole('link', { name: 'Work, education, training and leisure' }));
  await answerText(page, 'Do you work, study, train or have time for leisure, or want to?', 'I would like to go back to my choir.');
  await onQuestion(page, 'Carer’s assessment');
  await activate(page, page.getByRole('link', { name: 'What you want to change' }));
  await answerText(page, 'What would you like to change?', 'A regular break.');

  await onQuestion(page, 'Carer’s assessment');
  await activate(page, page.getByRole('link', { name: 'Check your answers and send' }));
  await onQuestion(page, 'Check your answers before sending your assessment');
  await expect(page.locator('.govuk-summary-card').filter({ hasText: 'Your health' })).toContainText('I have back pain from lifting.');
  await screenshot(page, '21-assessment-check-answers');
  await activate(page, page.getByRole('button', { name: 'Accept and send' }));

  await onPage(page, 'Your assessment');
  await expect(page.getByRole('alert')).toContainText('You have sent your assessment');
  await expect(page.locator('main')).toContainText('You have sent us your answers.');
});

test('an assessor takes it from the queue, confirms it eligible and records a support plan', async ({ page }) => {
  await signInAs(page, 'An assessor');
  await page.getByRole('link', { name: 'Assessments' }).click();
  await onPage(page, 'Assessments');
  await expect(page.getByRole('link', { name: 'Unallocated' })).toHaveAttribute('aria-current', 'page');
  // Oldest first: page on until this carer's assessment is listed.
  const name = `${givenName} ${familyName}`;
  for (let pages = 0; (await page.getByRole('link', { name }).count()) === 0 && pages < 50; pages += 1) {
    await page.getByRole('link', { name: /Next/ }).click();
    await onPage(page, 'Assessments');
  }
  await page.getByRole('link', { name }).click();

  await onPage(page, 'Carer’s assessment');
  await expect(page.locator('main')).toContainText('I have back pain from lifting.');
  await page.getByRole('button', { name: 'Allocate to me' }).click();
  await expect(page.getByRole('alert')).toContainText('The assessment is allocated to you');
  await onPage(page, 'Carer’s assessment');
  await page.getByRole('button', { name: 'Confirm the assessment' }).click();

  await onPage(page, 'Confirm the assessment');
  await page.getByRole('button', { name: 'Confirm the decision' }).click();
  await expectErrorSummary(page, 'Select whether the needs arise from providing necessary care');
  await page.getByRole('group', { name: 'Do the carer’s needs arise from providing necessary care?' }).getByLabel('Yes').check();
  await page.getByRole('group', { name: 'Is there, or is there likely to be, a significant impact on the carer’s wellbeing?' }).getByLabel('Yes').check();
  await expect(page.locator('main')).toContainText('With these answers the carer has eligible needs.');
  await page.getByLabel('Reasons for the decision').fill('Caring is affecting your health and you have no time for rest, which has a significant impact on your wellbeing.');
  await page.getByLabel('Your notes (optional)').fill('Spoke to Robin by phone.');
  await screenshot(page, '22-confirm-assessment');
  await page.getByRole('button', { name: 'Confirm the decision' }).click();

  await onPage(page, 'Carer’s assessment');
  await expect(page.getByRole('alert')).toContainText('The decision is recorded');
  await expect(page.locator('main')).toContainText('You have eligible needs for support');
  await page.getByRole('button', { name: 'Record the support plan' }).click();

  await onPage(page, 'Record the support plan');
  await page.getByLabel('The carer’s needs').fill('Time for rest; help with lifting.');
  await page.getByLabel('Eligible needs').fill('Time for rest.');
  await page.getByLabel('Need', { exact: true }).fill('A regular break');
  await page.getByLabel('How it will be met').fill('Sitting service one afternoon a week');
  await page.getByRole('button', { name: 'Add another action' }).click();
  await page.locator('#actions-1-need').fill('Help with lifting');
  await page.locator('#actions-1-howMet').fill('Moving and handling training');
  await page.locator('#actions-1-status').selectOption('inProgress');
  await page.getByLabel('Personal budget').fill('600');
  await page.getByRole('group', { name: 'Is any of it paid as a direct payment?' }).getByLabel('No').check();
  const review = new Date();
  review.setMonth(review.getMonth() + 6);
  await fillDate(page.getByRole('group', { name: 'Next review by' }), String(review.getDate()), String(review.getMonth() + 1), String(review.getFullYear()));
  await onPage(page, 'Record the support plan');
  await page.getByRole('button', { name: 'Save the support plan' }).click();

  await onPage(page, 'Carer’s assessment');
  await expect(page.getByRole('alert')).toContainText('The support plan is saved');
  await expect(page.locator('main')).toContainText('Sitting service one afternoon a week');
  await screenshot(page, '23-assessment-with-plan');
});

test('the carer reads the decision and the support plan', async () => {
  const page = carer;
  await page.goto('/your-assessment');
  await onPage(page, 'Your assessment');
  const main = page.locator('main');
  await expect(main).toContainText('Decided');
  await expect(main).toContainText('You have eligible needs for support');
  await expect(main).toContainText('Caring is affecting your health');
  await expect(main).not.toContainText('Spoke to Robin by phone.');
  await expect(main).toContainText('Sitting service one afternoon a week');
  await expect(main).toContainText('£600');
  await expect(page.getByRole('row', { name: /Help with lifting/ })).toContainText('In progress');
  await screenshot(page, '24-carer-decision-and-plan');
});
