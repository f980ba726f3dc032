import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { bearer, carerWithPerson, signedInAs, staff } from './support/api';
import { onPage, uniqueSurname } from './support/pages';

/*
 * The carer's whole case from one place (GetCarerCase, decision 0032): a carer set up through the API with an
 * assessment, an emergency plan, a complaint and a request for information; an assessor opens the record, sees
 * every section (with what the empty ones say), the page passes axe, and the assessment links to its work page.
 */
test('an assessor opens a carer’s whole case, sees each section and follows the assessment to its work page', async ({ page, request }) => {
  const familyName = uniqueSurname('Case');
  const { token, relationshipId } = await carerWithPerson(request, `case-carer-${familyName.toLowerCase()}`, { givenName: 'Noor', familyName }, { givenName: 'Idris', familyName });
  const carerId = ((await (await request.get('/api/me/carer', { headers: bearer(token) })).json()) as { id: string }).id;
  const assessment = await request.post('/api/me/carer/assessments', { headers: bearer(token), data: { selfAssessment: false } });
  expect(assessment.status(), await assessment.text()).toBe(201);
  const assessmentId = ((await assessment.json()) as { id: string }).id;
  const plan = await request.put(`/api/me/carer/emergency-plans/${relationshipId}`, { headers: bearer(token), data: { careNeeded: 'Help to get up.', contacts: [] } });
  expect(plan.status(), await plan.text()).toBe(200);
  const complaint = await request.post('/api/me/carer/feedback', { headers: bearer(token), data: { kind: 'complaint', about: 'staff', text: 'Nobody rang me back.' } });
  expect(complaint.status(), await complaint.text()).toBe(201);
  const information = await request.post('/api/me/carer/information-requests', {
    headers: bearer(token),
    data: { subject: 'leaflet', title: 'Carers’ breaks leaflet', format: 'largePrint' },
  });
  expect(information.status(), await information.text()).toBe(201);

  await signedInAs(page, staff.assessor);
  await page.goto(`/carers/${carerId}`);
  await onPage(page, 'Why are you opening this carer’s record?');
  await page.getByLabel('Casework').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await onPage(page, `Noor ${familyName}`);

  await expect(page.getByRole('heading', { name: 'The case' })).toBeVisible();
  await expect(page.getByTestId('case-assessments')).toContainText('Asked for');
  await expect(page.getByTestId('case-assessments')).toContainText('No plan');
  await expect(page.getByTestId('case-emergency-plans')).toContainText(`Idris ${familyName}`);
  await expect(page.getByTestId('case-feedback')).toContainText('Complaint');
  await expect(page.getByTestId('case-information-requests')).toContainText('Carers’ breaks leaflet');
  await expect(page.getByTestId('case-grants')).toContainText(`Noor ${familyName} has not applied for a grant.`);
  await expect(page.getByTestId('case-breaks')).toContainText(`Noor ${familyName} has not asked for a break.`);
  await expect(page.getByTestId('case-gp-flags')).toContainText('No GP practice has flagged');
  await expect(page.getByTestId('case-partner-referrals')).toContainText('No partner has referred');
  await expectNoAxeViolations(page);

  await page.getByTestId('case-assessments').getByRole('link', { name: 'Carer’s assessment' }).click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${assessmentId}$`));
  await onPage(page, 'Carer’s assessment');
});
