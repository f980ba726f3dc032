import { expect, test, type Page } from '@playwright/test';
import { bearer, devToken, registeredCarer, signedInAs, staff } from './support/api';
import { continueButton, expectErrorSummary, onPage, screenshot, uniqueSurname } from './support/pages';

/*
 * Information in an accessible format or another language (issue 12, decision 0015).
 *
 * A new carer (registered through the API) asks for their support plan in Urdu: what they want
 * (meeting the page's errors first), the format with the language chosen from the list, check
 * answers and the confirmation with the due date; Your information requests shows it Requested.
 * An assessor finds it in the Information requests queue (paging on if the kept data has filled
 * the first page), meets the outcome form's errors, and records it sent by post. The carer sees it Sent.
 *
 * Then an assessor has a request open when a manager records it sent (through the API): the
 * assessor's save meets the 409 and is told it was closed by someone else.
 */

function menu(page: Page) {
  return page.getByRole('navigation', { name: 'Menu' });
}

test.setTimeout(180_000);

test('a carer asks for their support plan in Urdu, an assessor records it sent, and the carer sees it sent', async ({ page, browser }) => {
  const familyName = uniqueSurname('Info');
  const carerName = `Nadia ${familyName}`;
  await registeredCarer(page, 'Nadia', familyName);

  await page.goto('/your-details');
  await menu(page).getByRole('link', { name: 'Other formats' }).click();
  await onPage(page, 'Your information requests');
  await expect(page.getByText('You have not asked for information in another format yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Ask for information in another format' }).click();

  await onPage(page, 'What information do you want?');
  await continueButton(page);
  await expectErrorSummary(page, 'Select what you want');
  await page.getByRole('radio', { name: 'Your support plan' }).check();
  await expect(page.getByLabel('Which one?')).toHaveValue('My support plan');
  await continueButton(page);

  await onPage(page, 'What format do you want it in?');
  await page.getByRole('radio', { name: 'Another language' }).check();
  await continueButton(page);
  await expectErrorSummary(page, 'Select a language');
  await page.getByLabel('Which language?').selectOption({ label: 'Urdu' });
  await continueButton(page);

  await onPage(page, 'Check your answers before asking');
  const answers = page.locator('.govuk-summary-list');
  await expect(answers).toContainText('Your support plan');
  await expect(answers).toContainText('My support plan');
  await expect(answers).toContainText('Urdu');
  await page.getByRole('button', { name: 'Send your request' }).click();

  await onPage(page, 'Request sent');
  await expect(page.locator('.govuk-panel')).toContainText(/We will send it by \w+day \d{1,2} \w+ \d{4}/);
  await page.getByRole('link', { name: 'View your information requests' }).click();
  await onPage(page, 'Your information requests');
  const row = page.getByRole('row').filter({ hasText: 'My support plan' });
  await expect(row).toContainText('Urdu');
  await expect(row.locator('.govuk-tag')).toHaveText('Requested');
  await expect(row).toContainText(/We will send it by \d{1,2} \w+ \d{4}/);

  // The assessor, in a browser of their own.
  const staffContext = await browser.newContext();
  const assessor = await staffContext.newPage();
  await signedInAs(assessor, staff.assessor);
  await assessor.goto('/staff');
  await menu(assessor).getByRole('link', { name: 'Information requests' }).click();
  await onPage(assessor, 'Information requests');
  const link = assessor.getByRole('link', { name: new RegExp(`^${carerName}`) });
  for (let pageNumber = 1; (await link.count()) === 0; pageNumber += 1) {
    expect(pageNumber, `${carerName} is not in the first pages of the queue`).toBeLessThan(20);
    await assessor.getByRole('link', { name: /Next/ }).click();
    await expect(assessor.locator('caption')).toHaveText(`Open requests, page ${pageNumber + 1}`);
  }
  await expect(assessor.getByRole('row').filter({ has: link })).toContainText('Urdu');
  await screenshot(assessor, 'information-queue');
  await link.click();

  await onPage(assessor, `${carerName}: support plan`);
  await expect(assessor.locator('.govuk-summary-list')).toContainText('Urdu');
  await assessor.getByRole('button', { name: 'Record what happened' }).click();
  await expectErrorSummary(assessor, 'Select whether it was sent or cannot be provided');
  await assessor.getByRole('radio', { name: 'It was sent' }).check();
  await assessor.getByRole('button', { name: 'Record what happened' }).click();
  await expectErrorSummary(assessor, 'Select how it was sent');
  await assessor.getByRole('radio', { name: 'By post' }).check();
  await assessor.getByRole('button', { name: 'Record what happened' }).click();

  await onPage(assessor, 'Information requests');
  await expect(assessor.locator('.govuk-notification-banner')).toContainText(`${carerName}’s request recorded as sent`);
  await expect(assessor.getByRole('link', { name: new RegExp(`^${carerName}`) })).toHaveCount(0);
  await staffContext.close();

  await page.reload();
  await onPage(page, 'Your information requests');
  await expect(row.locator('.govuk-tag')).toHaveText('Sent');
  await expect(row).toContainText(/Sent \d{1,2} \w+ \d{4}, by post/);
  await screenshot(page, 'your-information-requests');
});

test('an assessor saving a request someone else closed meanwhile is told so', async ({ page, request }) => {
  const familyName = uniqueSurname('Info');
  const carerToken = await devToken(request, { role: 'Carer', subject: `new-carer-e2e-${familyName.toLowerCase()}` });
  const registered = await request.post('/api/me/carer', {
    headers: bearer(carerToken),
    data: {
      registeringAs: 'self', givenName: 'Omar', familyName, dateOfBirth: '1970-02-01', addressLine1: '9 Park Street', town: 'Luton',
      postcode: 'LU1 3AB', preferredLanguage: 'en', preferredContactChannel: 'phone', phone: '01582 654320', reasonableAdjustments: [],
      ethnicity: 'preferNotToSay', employmentStatus: 'retired', educationStatus: 'notInEducation',
    },
  });
  expect(registered.status(), await registered.text()).toBe(201);
  const asked = await request.post('/api/me/carer/information-requests', { headers: bearer(carerToken), data: { subject: 'leaflet', title: 'Carers rights', format: 'largePrint' } });
  expect(asked.status(), await asked.text()).toBe(201);
  const requestId = ((await asked.json()) as { request: { id: string } }).request.id;

  await signedInAs(page, staff.assessor);
  await page.goto(`/information-queue/${requestId}`);
  await onPage(page, `Omar ${familyName}: a leaflet`);

  // A manager records it sent meanwhile, with the ETag the queue gives.
  const managerToken = await devToken(request, { role: staff.manager.role, subject: staff.manager.subject });
  const queue = (await (await request.get('/api/information-requests?limit=100', { headers: bearer(managerToken) })).json()) as { items: { id: string; eTag: string }[] };
  let eTag = queue.items.find((item) => item.id === requestId)?.eTag;
  for (let cursor = (queue as { nextCursor?: string | null }).nextCursor; !eTag && cursor; ) {
    const next = (await (await request.get(`/api/information-requests?limit=100&cursor=${encodeURIComponent(cursor)}`, { headers: bearer(managerToken) })).json()) as { items: { id: string; eTag: string }[]; nextCursor?: string | null };
    eTag = next.items.find((item) => item.id === requestId)?.eTag;
    cursor = next.nextCursor ?? undefined;
  }
  expect(eTag).toBeTruthy();
  const recorded = await request.post(`/api/information-requests/${requestId}/sent`, { headers: { ...bearer(managerToken), 'If-Match': eTag ?? '' }, data: { method: 'email' } });
  expect(recorded.status(), await recorded.text()).toBe(200);

  await page.getByRole('radio', { name: 'It was sent' }).check();
  await page.getByRole('radio', { name: 'By post' }).check();
  await page.getByRole('button', { name: 'Record what happened' }).click();
  await expectErrorSummary(page, 'This request has been closed by someone else since you opened it.');
  await expect(page.getByRole('button', { name: 'Record what happened' })).toHaveCount(0);
});
