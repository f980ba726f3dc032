import { expect, test } from '@playwright/test';
import { eligibleAssessment, isoDay, recordSupportPlan, registeredCarer, signedInAs, staff, type SupportPlanBody } from './support/api';
import { expectErrorSummary, onPage, screenshot, uniqueSurname } from './support/pages';

/*
 * Two assessors on one support plan (decision 0028): one opens the form, a colleague saves a
 * change meanwhile, and the first one's save is refused as stale. The page says so and shows the
 * colleague's plan, so nothing is overwritten unseen; saving again then goes through.
 */
const plan = (needs: string, howMet: string, nextReviewOn: string): SupportPlanBody => ({
  needs,
  eligibleNeeds: 'Time for rest.',
  actions: [{ need: 'A regular break', howMet, status: 'notStarted' }],
  personalBudgetPence: 60000,
  nextReviewOn,
});

test('a support plan changed by a colleague while the form is open is not overwritten', async ({ browser, page, request }) => {
  const carerPage = await (await browser.newContext()).newPage();
  const carerToken = await registeredCarer(carerPage, 'Sam', uniqueSurname('Planned'));
  await carerPage.context().close();
  const assessmentId = await eligibleAssessment(request, carerToken);
  await recordSupportPlan(request, assessmentId, plan('Time for rest.', 'Sitting service one afternoon a week', isoDay(180)));

  await signedInAs(page, staff.assessor);
  await page.goto(`/assessments/${assessmentId}/support-plan`);
  await onPage(page, 'Change the support plan');
  const needs = page.getByLabel('The carer’s needs');
  await expect(needs).toHaveValue('Time for rest.');

  // Meanwhile, at another desk.
  await recordSupportPlan(request, assessmentId, plan('Time for rest; help with lifting.', 'Day centre on Tuesdays', isoDay(240)));

  await needs.fill('Time for rest and a night’s sleep.');
  await page.getByRole('button', { name: 'Save the support plan' }).click();

  await expectErrorSummary(page, 'Someone else changed this assessment while you were working on it. We have shown you the latest version.');
  await expect(needs).toHaveValue('Time for rest; help with lifting.');
  await expect(page.getByLabel('How it will be met')).toHaveValue('Day centre on Tuesdays');
  await screenshot(page, '25-stale-support-plan');

  // Checked; now the change again, on the latest version.
  await needs.fill('Time for rest; help with lifting; a night’s sleep.');
  await page.getByRole('button', { name: 'Save the support plan' }).click();
  await onPage(page, 'Carer’s assessment');
  await expect(page.getByRole('alert')).toContainText('The support plan is saved');
  await expect(page.locator('main')).toContainText('a night’s sleep');
  await expect(page.locator('main')).toContainText('Day centre on Tuesdays');
});
