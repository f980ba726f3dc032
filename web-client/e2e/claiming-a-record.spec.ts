import { expect, test } from '@playwright/test';
import { bearer, devToken, isoDay, referCarer, signedInAs, staff } from './support/api';
import { onPage } from './support/pages';

/*
 * Issue #14, decision 0023: a carer Carers Central referred registers online. Their details match, but a match alone
 * never links a sign-in to a record: an assessor confirms who they are through the contact details already on the
 * known record, then merges, and the carer's sign-in sees the one record.
 */
test('a known carer registers online, staff confirm the sign-in claim and merge, and the carer sees one record', async ({ browser, request }) => {
  const surname = `Claimford-${Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`;
  const partnerToken = await devToken(request, { role: 'Partner', subject: 'cc-system', partner: 'CarersCentral' });
  const known = await referCarer(request, partnerToken, {
    givenName: 'Kemi',
    familyName: surname,
    dateOfBirth: '1968-04-12',
    postcode: 'LU2 8DD',
    phone: '01582 700123',
    consent: { basis: 'self', givenOn: isoDay() },
  });

  // The carer signs in and registers: the same answer as anyone else, and a neutral notice.
  const carerPage = await (await browser.newContext()).newPage();
  const carerToken = await signedInAs(carerPage, { role: 'Carer', subject: `claim-e2e-${surname.toLowerCase()}`, displayName: 'A new carer' });
  const registered = await carerPage.request.post('/api/me/carer', {
    headers: bearer(carerToken),
    data: {
      registeringAs: 'self',
      givenName: 'Kemi',
      familyName: surname,
      dateOfBirth: '1968-04-12',
      postcode: 'LU2 8DD',
      preferredLanguage: 'English',
      preferredContactChannel: 'email',
      email: 'kemi@example.com',
      reasonableAdjustments: [],
    },
  });
  expect(registered.status(), await registered.text()).toBe(201);
  await carerPage.goto('/your-details');
  await onPage(carerPage, 'Your details');
  await expect(carerPage.locator('.govuk-inset-text')).toContainText('We may contact you to confirm who you are');
  await expect(carerPage.locator('main')).not.toContainText('01582 700123');

  // An assessor sees the claim, with the known record's phone number to call.
  const assessorToken = await devToken(request, { role: 'Staff.Assessor', subject: staff.assessor.subject });
  const queue = await request.get('/api/match-candidates', { headers: bearer(assessorToken), params: { limit: '100' } });
  const claims = ((await queue.json()) as { items: { id: string; kind: string; existing: { id: string } }[] }).items;
  const claim = claims.find((candidate) => candidate.existing.id === known.carerId);
  expect(claim?.kind).toBe('signInClaim');

  const staffPage = await (await browser.newContext()).newPage();
  await signedInAs(staffPage, staff.assessor);
  await staffPage.goto(`/match-queue/${claim!.id}`);
  await onPage(staffPage, 'Are these the same person?');
  await expect(staffPage.locator('.govuk-warning-text')).toContainText('contact the person using record A’s phone, email or address');
  await expect(staffPage.locator('.govuk-summary-card').filter({ hasText: 'Record A: held already' })).toContainText('01582 700123');
  await expect(staffPage.locator('.govuk-summary-card').filter({ hasText: 'Record B: new' })).toContainText('kemi@example.com');
  await staffPage.getByLabel('Merge, keeping record A').check();
  await staffPage.getByRole('button', { name: 'Confirm decision' }).click();
  await onPage(staffPage, 'Match queue');

  // The carer signs in again and sees the one record: the details Carers Central gave, and no notice.
  await carerPage.reload();
  await onPage(carerPage, 'Your details');
  await expect(carerPage.locator('main')).toContainText('01582 700123');
  await expect(carerPage.locator('.govuk-inset-text')).toHaveCount(0);
  const record = (await (await carerPage.request.get('/api/me/carer', { headers: bearer(carerToken) })).json()) as {
    id: string;
    referrals: { partner: string }[];
  };
  expect(record.id).toBe(known.carerId);
  expect(record.referrals.map((referral) => referral.partner)).toContain('CarersCentral');
});
