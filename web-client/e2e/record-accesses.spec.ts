import { expect, test } from '@playwright/test';
import { addCaredForPerson, bearer, registeredCarer, signedInAs, staff } from './support/api';
import { onPage, screenshot, uniqueSurname } from './support/pages';

/*
 * Who has seen your record (decision 0025): a new carer (registered through the API, with a plan and
 * so a card) is looked up by the emergency duty officer in the duty flow; the carer then finds the
 * look-up in "Who has seen your record": the team and why, never the officer.
 */
test('the duty officer looks up a carer’s card, and the carer sees it in who has seen their record', async ({ browser, request }) => {
  const carer = await (await browser.newContext()).newPage();
  const familyName = uniqueSurname('Seen');
  const token = await registeredCarer(carer, 'Sky', familyName);
  const relationshipId = await addCaredForPerson(request, token, { givenName: 'Lee', familyName });
  const saved = await request.put(`/api/me/carer/emergency-plans/${relationshipId}`, {
    headers: bearer(token),
    data: { careNeeded: 'Help to get up and dressed.', contacts: [] },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  const plans = (await (await request.get('/api/me/carer/emergency-plans', { headers: bearer(token) })).json()) as { cardNumber: string };

  const duty = await (await browser.newContext()).newPage();
  await signedInAs(duty, staff.emergencyDuty);
  await duty.goto('/emergency-card');
  await onPage(duty, 'Look up an emergency card');
  await duty.getByLabel('Emergency card number').fill(plans.cardNumber);
  await duty.getByRole('button', { name: 'Look up' }).click();
  await expect(duty.getByRole('main')).toContainText(`Sky ${familyName}`);
  await duty.context().close();

  await carer.goto('/your-details');
  await onPage(carer, 'Your details');
  await carer.getByRole('link', { name: 'See who has seen your record' }).click();
  await onPage(carer, 'Who has seen your record');
  const row = carer.getByRole('row', { name: /emergency duty team/ });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Emergency duty officer');
  await expect(row).toContainText('Your emergency card and plans');
  await expect(row).toContainText('Emergency duty');
  await expect(row).toContainText('Allowed');
  await expect(carer.getByRole('main')).not.toContainText(staff.emergencyDuty.subject);
  await screenshot(carer, '70-who-has-seen-your-record');
  await carer.context().close();
});
