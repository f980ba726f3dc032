import { expect, test } from '@playwright/test';
import { bearer, registeredCarer, signedInAs, staff } from './support/api';
import { onPage, uniqueSurname } from './support/pages';

/*
 * Caseloads (issue 16, decision 0031): a carer asks for an assessment; an assessor allocates it to
 * themselves and finds it on My caseload; a manager reads the team counts with that assessor in them.
 * The assessments page's "Re-offers due" tab is reached too. Every page is checked with axe (onPage).
 */
test.describe.configure({ mode: 'serial' });

const givenName = 'Casey';
const familyName = uniqueSurname('Caseload');
const assessor = { ...staff.assessor, subject: `e2e-caseload-${familyName.toLowerCase()}` };
let assessmentId = '';

test('a carer asks for an assessment', async ({ page }) => {
  const token = await registeredCarer(page, givenName, familyName);
  const response = await page.request.post('/api/me/carer/assessments', { headers: bearer(token), data: { selfAssessment: false } });
  expect(response.status(), await response.text()).toBe(201);
  assessmentId = ((await response.json()) as { id: string }).id;
});

test('an assessor allocates it to themselves and sees it on My caseload', async ({ page }) => {
  await signedInAs(page, assessor);
  await page.goto('/my-caseload');
  await onPage(page, 'My caseload');
  await expect(page.locator('main')).toContainText('Nothing is allocated to you');

  await page.goto(`/assessments/${assessmentId}`);
  await onPage(page, 'Carer’s assessment');
  await page.getByRole('button', { name: 'Allocate to me' }).click();
  await expect(page.getByRole('alert')).toContainText('The assessment is allocated to you');

  await page.getByRole('link', { name: 'My caseload' }).click();
  await onPage(page, 'My caseload');
  const row = page.getByRole('row').filter({ hasText: `${givenName} ${familyName}` });
  await expect(row).toContainText('Decision');
  await expect(row).toContainText('Asked for');
  await row.getByRole('link', { name: `${givenName} ${familyName}` }).click();
  await onPage(page, 'Carer’s assessment');
  await expect(page).toHaveURL(new RegExp(`/assessments/${assessmentId}$`));

  await page.getByRole('link', { name: 'Assessments' }).click();
  await onPage(page, 'Assessments');
  await page.getByRole('link', { name: 'Re-offers due' }).click();
  await expect(page.getByRole('link', { name: 'Re-offers due' })).toHaveAttribute('aria-current', 'page');
  await onPage(page, 'Assessments');
});

test('a manager sees the team counts with that assessor in them', async ({ page }) => {
  await signedInAs(page, staff.manager);
  await page.goto('/staff');
  await onPage(page, 'Staff workspace');
  await page.getByRole('link', { name: 'Team caseload' }).first().click();
  await onPage(page, 'Team caseload');
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: assessor.subject }) });
  await expect(row.getByRole('cell')).toHaveText(['1', '0', '0', '0']);
  await expect(page.getByRole('heading', { name: 'Unallocated work' })).toBeVisible();
});
