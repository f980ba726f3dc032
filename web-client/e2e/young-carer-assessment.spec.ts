import { expect, test, type Page } from '@playwright/test';
import { bearer, isoDay, signedInAs, staff } from './support/api';
import { expectErrorSummary, fillDate, onPage, uniqueSurname } from './support/pages';

/*
 * A young carer's needs assessment led by an assessor by phone (issue 16, decision 0029): a parent registers their
 * 15-year-old and asks for an assessment through the API; the assessor opens it, allocates and arranges it,
 * records each section as they go (saved with If-Match), decides it under the Children Act 1989 s17ZA to s17ZC
 * (never the eight adult outcomes); the young carer's account then reads the decision in plain English.
 */
test.describe.configure({ mode: 'serial' });

const familyName = uniqueSurname('Young');
let assessmentId = '';
let carer: Page;

test.beforeAll(async ({ browser }) => {
  carer = await (await browser.newContext()).newPage();
});

test.afterAll(async () => {
  await carer.context().close();
});

function fifteenYearsAgo(): string {
  const today = isoDay();
  return `${Number(today.slice(0, 4)) - 15}${today.slice(4)}`;
}

test('a young carer is registered and asks for an assessment', async () => {
  const token = await signedInAs(carer, { role: 'Carer', subject: `young-carer-e2e-${familyName.toLowerCase()}`, displayName: 'A young carer' });
  const registered = await carer.request.post('/api/me/carer', {
    headers: bearer(token),
    data: {
      registeringAs: 'parentOfYoungCarer',
      givenName: 'Sam',
      familyName,
      dateOfBirth: fifteenYearsAgo(),
      addressLine1: '4 Park Street',
      town: 'Luton',
      postcode: 'LU1 3AB',
      preferredLanguage: 'en',
      preferredContactChannel: 'phone',
      phone: '01582 654321',
      reasonableAdjustments: [],
      ethnicity: 'preferNotToSay',
      employmentStatus: 'student',
      educationStatus: 'secondary',
    },
  });
  expect(registered.status(), await registered.text()).toBe(201);
  const requested = await carer.request.post('/api/me/carer/assessments', { headers: bearer(token), data: { selfAssessment: false } });
  expect(requested.status(), await requested.text()).toBe(201);
  const assessment = (await requested.json()) as { id: string; kind: string };
  expect(assessment.kind).toBe('youngCarer');
  assessmentId = assessment.id;
});

test('an assessor arranges it, records it by phone section by section and decides it on the young carers’ rules', async ({ page }) => {
  await signedInAs(page, staff.assessor);
  await page.goto(`/assessments/${assessmentId}`);
  await onPage(page, 'Young carer’s needs assessment');
  await page.getByRole('button', { name: 'Allocate to me' }).click();
  await expect(page.getByRole('alert')).toContainText('The assessment is allocated to you');
  const today = isoDay();
  await fillDate(page.getByRole('group', { name: 'Arrange it for' }), String(Number(today.slice(8, 10))), String(Number(today.slice(5, 7))), today.slice(0, 4));
  await page.getByRole('button', { name: 'Arrange the assessment' }).click();
  await expect(page.getByRole('alert')).toContainText('The assessment is arranged');
  await onPage(page, 'Young carer’s needs assessment');

  await page.getByRole('button', { name: 'Record the assessment' }).click();
  await onPage(page, 'Record the assessment');
  await expect(page.locator('main')).not.toContainText('The things you want to be able to do');
  await page.getByRole('group', { name: 'How did you carry out the assessment?' }).getByLabel('By phone').check();
  await page.getByLabel('In the young carer’s own words').fill('I just want a bit of time for me.');
  await page.getByRole('button', { name: 'Save how the assessment was carried out' }).click();
  await expect(page.getByRole('alert')).toContainText('How the assessment was carried out: saved');

  await page.getByLabel('Tell us about the caring you do').fill('Looks after mum, who has MS, before and after school.');
  await page.getByRole('group', { name: 'Are you able and willing to keep caring now?' }).getByLabel('Yes').check();
  await page.getByRole('button', { name: 'Save about your caring' }).click();
  await expect(page.getByRole('alert')).toContainText('About your caring: saved');

  await page.getByLabel('How much care do you give, and what do you do?').fill('About 25 hours a week: cooking, shopping, medication.');
  await page.getByLabel('How much does your family rely on you?').fill('Dad works nights; the family relies on Sam after school.');
  await page.getByLabel('Is there anything you do that feels too much, or not right for someone your age?').fill('Helps mum to wash.');
  await page.getByRole('button', { name: 'Save your caring as a young carer' }).click();
  await expect(page.getByRole('alert')).toContainText('Your caring as a young carer: saved');

  await page.getByLabel('How does caring affect school, college or your friends?').fill('Late for school twice a week.');
  await page.getByLabel('What would you like to happen?').fill('To play football again.');
  await page.getByLabel('Does anyone in your family see things differently?').fill('Mum thinks Sam does not do much.');
  await page.getByLabel('How does caring affect their development?').fill('Has dropped out of football.');
  await page.getByRole('button', { name: 'Save school and what you would like' }).click();
  await expect(page.getByRole('alert')).toContainText('School and what you would like: saved');

  // Resumable: the saved record is there when the page is opened again.
  await page.reload();
  await onPage(page, 'Record the assessment');
  await expect(page.getByLabel('In the young carer’s own words')).toHaveValue('I just want a bit of time for me.');
  await expect(page.getByLabel('How much does your family rely on you?')).toHaveValue('Dad works nights; the family relies on Sam after school.');

  await page.getByRole('link', { name: 'Record the young carer’s decision' }).click();
  await onPage(page, 'Record the young carer’s decision');
  await expect(page.locator('main')).not.toContainText('outcomes');
  await page.getByRole('button', { name: 'Confirm the decision' }).click();
  await expectErrorSummary(page, 'Say whether the young carer has support needs');
  await page.getByRole('group', { name: 'Are any of the caring tasks excessive or inappropriate for the young carer?' }).getByLabel('Yes').check();
  await page.getByLabel('The impact on their wellbeing').fill('Worried about mum, tired most days.');
  await page.getByRole('group', { name: 'Does the young carer have support needs?' }).getByLabel('Yes', { exact: true }).check();
  await page.getByRole('group', { name: 'How will they be met?' }).getByLabel(/^Both/).check();
  await page.getByLabel('Reasons for the decision').fill('You do a lot for your mum and it is making you late for school. We will help you and your mum.');
  await page.getByRole('button', { name: 'Confirm the decision' }).click();

  await onPage(page, 'Young carer’s needs assessment');
  await expect(page.getByRole('alert')).toContainText('The decision is recorded');
  await expect(page.locator('main')).toContainText('You have support needs as a young carer');
});

test('the young carer reads the decision and its reasons in plain English', async () => {
  await carer.goto('/your-assessment');
  await onPage(carer, 'Your assessment');
  const main = carer.locator('main');
  await expect(main).toContainText('You have support needs as a young carer');
  await expect(main).toContainText('We will meet them with support for you, and by giving more help to the person you care for');
  await expect(main).toContainText('You do a lot for your mum and it is making you late for school.');
});
