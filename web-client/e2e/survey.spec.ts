import { expect, test, type Page } from '@playwright/test';
import { registeredCarer, signedInAs, staff } from './support/api';
import { continueButton, expectErrorSummary, onPage, screenshot, uniqueSurname } from './support/pages';

/*
 * The carers' survey (issue 12, decision 0017). The demo data opens this financial year's survey.
 *
 * A new carer (registered through the API) is offered it on Your details and in the navigation,
 * answers the seven questions one a page (meeting the first page's error), checks the answers,
 * changes one, sends them and sees the confirmation; the survey is then no longer offered. A
 * manager goes from the staff home to the survey years and reads this year's results: the number
 * of carers who answered.
 */

function menu(page: Page) {
  return page.getByRole('navigation', { name: 'Menu' });
}

const answers: [string, string][] = [
  ['Which of the following statements best describes how you spend your time?', 'I do some of the things I value or enjoy with my time but not enough'],
  ['Which of the following statements best describes how much control you have over your daily life?', 'I have as much control over my daily life as I want'],
  [
    'Thinking about how much time you have to look after yourself – in terms of getting enough sleep or eating well – which statement best describes your present situation?',
    'Sometimes I can’t look after myself well enough',
  ],
  ['Thinking about your personal safety, which of the statements below best describes your present situation?', 'I have no worries about my personal safety'],
  [
    'Thinking about how much social contact you’ve had with people you like, which of the following statements best describes your social situation?',
    'I have some social contact with people but not enough',
  ],
  [
    'Thinking about encouragement and support in your caring role, which of the following statements best describes your present situation?',
    'I feel I have some encouragement and support but not enough',
  ],
  [
    'Overall, how satisfied or dissatisfied are you with the support or services you and the person you care for have received from the council in the last 12 months?',
    'I am very satisfied',
  ],
];

test('a carer answers the survey once, and a manager reads how many carers have answered', async ({ page, browser }) => {
  await registeredCarer(page, 'Ruth', uniqueSurname('Survey'));

  await page.goto('/your-details');
  await onPage(page, 'Your details');
  await expect(page.locator('.govuk-notification-banner')).toContainText('Tell us how we are doing');
  await menu(page).getByRole('link', { name: 'Tell us how we are doing' }).click();
  await onPage(page, 'Tell us how we are doing');
  await page.getByRole('button', { name: 'Start now' }).click();

  for (const [index, [question, answer]] of answers.entries()) {
    await onPage(page, question);
    await expect(page.locator('.govuk-caption-l')).toHaveText(`Question ${index + 1} of 7`);
    if (index === 0) {
      await continueButton(page);
      await expectErrorSummary(page, 'Select the statement that is closest to how things are for you');
    }
    await page.getByRole('radio', { name: answer }).check();
    await continueButton(page);
  }

  await onPage(page, 'Check your answers before sending them');
  const summary = page.locator('.govuk-summary-list');
  await expect(summary).toContainText('I have as much control over my daily life as I want');
  await expect(summary).toContainText('I am very satisfied');
  await page.getByRole('link', { name: 'Change feeling safe' }).click();
  await onPage(page, answers[3]![0]);
  await page.getByRole('radio', { name: 'I have some worries about my personal safety' }).check();
  await continueButton(page);
  await onPage(page, 'Check your answers before sending them');
  await expect(summary).toContainText('I have some worries about my personal safety');
  await page.getByRole('button', { name: 'Send your answers' }).click();

  await onPage(page, 'Answers sent');
  await expect(menu(page).getByRole('link', { name: 'Tell us how we are doing' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Go back to your details' }).click();
  await onPage(page, 'Your details');
  await expect(page.locator('.govuk-notification-banner')).toHaveCount(0);
  await page.goto('/survey');
  await onPage(page, 'Tell us how we are doing');
  await expect(page.getByText('You have answered this year’s carers’ survey. Thank you for taking part.')).toBeVisible();

  // The manager, in a browser of their own.
  const staffContext = await browser.newContext();
  const manager = await staffContext.newPage();
  await signedInAs(manager, staff.manager);
  await manager.goto('/staff');
  await onPage(manager, 'Staff workspace');
  await manager.getByRole('main').getByRole('link', { name: 'Carers’ survey' }).click();
  await onPage(manager, 'Carers’ survey');
  const open = manager.getByRole('row').filter({ has: manager.locator('.govuk-tag', { hasText: 'Open' }) });
  await expect(open).toHaveCount(1);
  await open.getByRole('link', { name: /View results/ }).click();
  await onPage(manager, /^Carers’ survey results, \d{4} to \d{4}$/);
  const respondents = manager.locator('.govuk-summary-list__row').filter({ hasText: 'Carers who answered' }).locator('dd');
  await expect(respondents).toHaveText(/^\d[\d,]*$/);
  expect(Number((await respondents.innerText()).replace(/,/g, ''))).toBeGreaterThanOrEqual(5);
  await expect(manager.getByRole('table', { name: /Quality of life/ })).toBeVisible();
  await screenshot(manager, 'survey-results');
  await staffContext.close();
});
