import { expect, test } from '@playwright/test';
import { bearer, devToken, flagAsCarer, freshNhsNumber, freshPractice, isoDay, signedInAs, staff } from './support/api';
import { continueButton, fillDate, onPage, uniqueSurname } from './support/pages';

/*
 * Issue #14, decisions 0022 and 0023, the joined journey: a GP flags a patient as a carer; staff contact and register
 * them (the worklist pages have their own journey, gp-worklist.spec.ts, so here it is the API). The person then signs
 * in and registers online with their NHS number, which the known record holds: their own record shows it as a free
 * number would (no oracle), and a sign-in claim waits for staff. An assessor confirms who they are through the
 * contact details already on the known record and merges, and the person's sign-in sees the one record: identified by
 * their GP on the date the flag first reached us (the known record's, not the later sign-in's), with their GP status
 * as the practice recorded it.
 */
test('a GP-flagged person registered by staff signs in, registers online, staff merge the claim and they see one record', async ({ browser, request }) => {
  const nhsNumber = freshNhsNumber();
  const shown = `${nhsNumber.slice(0, 3)} ${nhsNumber.slice(3, 6)} ${nhsNumber.slice(6)}`;
  const flaggedOn = isoDay(-20);
  const familyName = uniqueSurname('Claimford');
  await flagAsCarer(request, nhsNumber, freshPractice(), flaggedOn);

  const assessorToken = await devToken(request, { role: 'Staff.Assessor', subject: staff.assessor.subject });
  const byStaff = await request.post('/api/carers', {
    headers: bearer(assessorToken),
    data: {
      givenName: 'Gita',
      familyName,
      dateOfBirth: '1961-04-12',
      postcode: 'LU2 9AB',
      phone: '01582 765432',
      preferredLanguage: 'en',
      preferredContactChannel: 'phone',
      nhsNumber,
    },
  });
  expect(byStaff.status(), await byStaff.text()).toBe(201);
  const known = (await byStaff.json()) as { id: string; identification: { source: string; identifiedAt: string } };
  const knownId = known.id;
  expect(known.identification.source).toBe('gpFlag');

  // The person signs in and registers through the service's own pages, giving their NHS number.
  const carerPage = await (await browser.newContext()).newPage();
  const carerToken = await signedInAs(carerPage, { role: 'Carer', subject: `claim-e2e-${familyName.toLowerCase()}`, displayName: 'A new carer' });
  await carerPage.goto('/register');
  await onPage(carerPage, 'Register as a carer');
  await carerPage.getByRole('button', { name: 'Start now' }).click();
  await onPage(carerPage, 'Who are you registering?');
  await carerPage.getByLabel('Myself').check();
  await continueButton(carerPage);
  await onPage(carerPage, 'What is your name?');
  await carerPage.getByLabel('First name').fill('Gita');
  await carerPage.getByLabel('Last name').fill(familyName);
  await continueButton(carerPage);
  await onPage(carerPage, 'What is your date of birth?');
  await fillDate(carerPage.getByRole('group', { name: 'What is your date of birth?' }), '12', '4', '1961');
  await continueButton(carerPage);
  await onPage(carerPage, 'What is your address?');
  await carerPage.getByLabel('Address line 1').fill('3 Hart Lane');
  await carerPage.getByLabel('Town or city').fill('Luton');
  await carerPage.getByLabel('Postcode').fill('lu2 9ab');
  await continueButton(carerPage);
  await onPage(carerPage, 'How would you like us to contact you?');
  await carerPage.getByLabel('Email', { exact: true }).check();
  await carerPage.getByLabel('Email address').fill('gita@example.com');
  await continueButton(carerPage);
  await onPage(carerPage, 'Which language would you like us to use?');
  await carerPage.getByLabel('English').check();
  await continueButton(carerPage);
  await onPage(carerPage, 'Do you need us to do anything differently when we contact you?');
  await carerPage.getByLabel('No, I do not need any of these').check();
  await continueButton(carerPage);
  await onPage(carerPage, 'Do you know your NHS number?');
  await carerPage.getByLabel('Yes', { exact: true }).check();
  await carerPage.getByLabel('NHS number', { exact: true }).fill(shown);
  await continueButton(carerPage);
  await onPage(carerPage, 'What is your ethnic group?');
  await carerPage.getByLabel('Prefer not to say').check();
  await continueButton(carerPage);
  await onPage(carerPage, 'Are you in work?');
  await carerPage.getByLabel('Employed part-time (less than 30 hours a week)').check();
  await continueButton(carerPage);
  await onPage(carerPage, 'Are you in education or training?');
  await carerPage.getByLabel('Not in education or training').check();
  await continueButton(carerPage);
  await onPage(carerPage, 'Check your answers before registering');
  await carerPage.getByRole('button', { name: 'Accept and send' }).click();
  await onPage(carerPage, 'Registration complete');

  // Their own record shows the number they typed, as a free one would, and the neutral notice; nothing of the known record.
  await carerPage.getByRole('link', { name: 'View your details' }).click();
  await onPage(carerPage, 'Your details');
  await expect(carerPage.locator('.govuk-summary-list')).toContainText(shown);
  await expect(carerPage.locator('.govuk-inset-text')).toContainText('We may contact you to confirm who you are');
  await expect(carerPage.locator('main')).not.toContainText('01582 765432');

  // An assessor sees the claim and confirms through the known record's phone number, then merges keeping it.
  const queue = await request.get('/api/match-candidates', { headers: bearer(assessorToken), params: { limit: '100' } });
  const claims = ((await queue.json()) as { items: { id: string; kind: string; existing: { id: string } }[] }).items;
  const claim = claims.find((candidate) => candidate.existing.id === knownId);
  expect(claim?.kind).toBe('signInClaim');

  const staffPage = await (await browser.newContext()).newPage();
  await signedInAs(staffPage, staff.assessor);
  await staffPage.goto(`/match-queue/${claim!.id}`);
  await onPage(staffPage, 'Are these the same person?');
  await expect(staffPage.locator('.govuk-warning-text')).toContainText('contact the person using record A’s phone, email or address');
  await expect(staffPage.locator('.govuk-summary-card').filter({ hasText: 'Record A: held already' })).toContainText('01582 765432');
  await expect(staffPage.locator('.govuk-summary-card').filter({ hasText: 'Record B: new' })).toContainText('gita@example.com');
  await staffPage.getByLabel('Merge, keeping record A').check();
  await staffPage.getByRole('button', { name: 'Confirm decision' }).click();
  await onPage(staffPage, 'Match queue');

  // The person's sign-in now sees the one record: staff's details, the NHS number, no notice; identified by their GP.
  await carerPage.reload();
  await onPage(carerPage, 'Your details');
  await expect(carerPage.locator('main')).toContainText('01582 765432');
  await expect(carerPage.locator('.govuk-summary-list')).toContainText(shown);
  await expect(carerPage.locator('.govuk-inset-text')).toHaveCount(0);
  const record = (await (await carerPage.request.get('/api/me/carer', { headers: bearer(carerToken) })).json()) as {
    id: string;
    identification: { source: string; identifiedAt: string };
    gpStatus: { status: string; recordedOn: string } | null;
  };
  expect(record.id).toBe(knownId);
  expect(record.identification.source).toBe('gpFlag');
  expect(record.identification.identifiedAt).toBe(known.identification.identifiedAt);
  expect(record.gpStatus).toMatchObject({ status: 'identifiedAsCarer', recordedOn: flaggedOn });
});
