import { expect, test } from '@playwright/test';
import { bearer, devToken, isoDay, referCarer, signedInAs } from './support/api';
import { expectErrorSummary, onPage, screenshot, uniqueSurname } from './support/pages';

/*
 * A partner's referral of a carer the council already knows waits for the carer (decision 0024):
 * a new carer registers through the API with an NHS number; Carers Central refers them by it
 * (202, no carer id) and cannot read them; the carer sees the request on Your details, answers
 * without choosing (error summary), agrees, and sees it on Sharing your information; Carers
 * Central can then read the record.
 */

/** A valid NHS number in the 999 test range nobody else's run uses (Modulus 11). */
function testNhsNumber(): string {
  for (;;) {
    const digits = `999${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}`;
    const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    return `${digits}${check === 11 ? 0 : check}`;
  }
}

test('a carer confirms a partner’s referral and the partner can then see them', async ({ page, request }) => {
  const familyName = uniqueSurname('Referred');
  const nhsNumber = testNhsNumber();
  const subject = `e2e-referred-${familyName.toLowerCase()}`;
  const carerToken = await signedInAs(page, { role: 'Carer', subject, displayName: 'A new carer' });
  const registered = await request.post('/api/me/carer', {
    headers: bearer(carerToken),
    data: {
      registeringAs: 'self',
      givenName: 'Morgan',
      familyName,
      dateOfBirth: '1971-04-09',
      postcode: 'LU2 0AB',
      preferredLanguage: 'en',
      preferredContactChannel: 'phone',
      phone: '01582 654321',
      nhsNumber,
    },
  });
  expect(registered.status(), await registered.text()).toBe(201);
  const carerId = ((await registered.json()) as { id: string }).id;

  const partnerToken = await devToken(request, { role: 'Partner', subject: 'cc-system', partner: 'CarersCentral' });
  const referred = await referCarer(request, partnerToken, {
    givenName: 'Morgan',
    familyName,
    dateOfBirth: '1971-04-09',
    postcode: 'LU2 0AB',
    nhsNumber,
    phone: '01582 654321',
    consent: { basis: 'self', givenOn: isoDay() },
  });
  expect(referred.access).toBe('awaitingCarer');
  expect(referred.carerId ?? null).toBeNull();
  expect((await request.get(`/api/partner/carers/${carerId}`, { headers: bearer(partnerToken) })).status()).toBe(404);

  await page.goto('/your-details');
  await onPage(page, 'Your details');
  const banner = page.getByRole('region', { name: 'Important' }).filter({ hasText: 'Carers Central has referred you' });
  await expect(banner).toContainText('Do you agree to share your record with them?');
  await banner.getByRole('link', { name: 'Answer Carers Central’s referral' }).click();

  await onPage(page, 'Carers Central has referred you');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectErrorSummary(page, 'Select yes if you agree to share your record with Carers Central');
  await page.getByRole('group', { name: 'Do you agree to share your record with Carers Central?' }).getByLabel('Yes').check();
  await screenshot(page, '40-answer-partner-referral');
  await page.getByRole('button', { name: 'Continue' }).click();

  await onPage(page, 'Sharing your information');
  await expect(page.getByRole('alert')).toContainText('You have agreed to share my information with Carers Central');
  const carersCentral = page.locator('.govuk-summary-list').first().locator('.govuk-summary-list__row').filter({ hasText: 'Carers Central' });
  await expect(carersCentral).toContainText('You agreed to share your information with them on');
  await expect(page.getByText('Carers Central has referred you')).toHaveCount(0);

  expect((await request.get(`/api/partner/carers/${carerId}`, { headers: bearer(partnerToken) })).status()).toBe(200);
});
