import { expect, test } from '@playwright/test';
import {
  bearer,
  devToken,
  isoDay,
  keepApart,
  openMatchCandidates,
  referCarer,
  answerReferral,
  searchCarers,
  signedInAs,
  staff,
} from './support/api';
import { expectErrorSummary, fillDate, onPage, screenshot, signInAs, uniqueSurname } from './support/pages';

/*
 * The staff workspace and what partners see of a carer: each journey sets up what it needs
 * through the API, so they run in any order and again on the same data (../run.sh keeps it).
 */

test('an assessor uploads a GP extract, watches it import and reads the report of refused rows', async ({ page }) => {
  await signInAs(page, 'An assessor');
  await onPage(page, 'Find a carer');
  await page.getByRole('link', { name: 'Upload a GP extract' }).click();
  await onPage(page, 'Upload a GP extract');

  await page.getByRole('button', { name: 'Upload and import' }).click();
  await expectErrorSummary(page, 'Enter the practice’s ODS code');
  await expect(page.locator('.govuk-error-summary')).toContainText('Select the practice’s CSV extract');

  // Rows 2 and 3 are good; 4 has an NHS number failing Modulus 11, 5 a paid carer's code, 6 a
  // date in the future (the header is row 1, as in a spreadsheet).
  const csv = [
    'nhs_number,snomed_code,date_recorded,consent_to_contact',
    `9990000018,224484003,${isoDay(-30)},yes`,
    `999 000 0026,302767002,${isoDay(-60)},no`,
    `9991234560,224484003,${isoDay(-30)},yes`,
    `9990000034,229774002,${isoDay(-30)},yes`,
    `9990000042,224484003,${isoDay(30)},yes`,
    '',
  ].join('\r\n');
  // A practice of its own each run: flags already held are not stored twice, and the feed's newest
  // flags must be this upload's. Typed in lower case, as people do.
  const odsCode = `Y${String(Math.floor(Math.random() * 100_000)).padStart(5, '0')}`;
  await page.getByLabel('Practice ODS code').fill(odsCode.toLowerCase());
  await page.getByLabel('Upload the extract').setInputFiles({ name: 'carers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Upload and import' }).click();

  const progress = page.getByRole('progressbar', { name: 'Import progress' });
  await expect(progress).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('GP extract imported', { timeout: 30_000 });
  await expect(progress).toHaveAttribute('value', '100');
  await expect(page.getByRole('status').filter({ hasText: 'Import complete' })).toHaveText(
    'Import complete: 2 accepted, 3 refused, of 5 rows',
  );
  await onPage(page, 'GP extract imported');

  const report = page.getByRole('table', { name: 'Rows refused' });
  await expect(report.getByRole('row')).toHaveCount(4);
  await expect(report.getByRole('row', { name: /^4 / })).toContainText('NHS number is not valid');
  await expect(report.getByRole('row', { name: /^5 / })).toContainText('paid caregiver');
  await expect(report.getByRole('row', { name: /^6 / })).toContainText('in the future');
  await expect(page.locator('.govuk-summary-list').filter({ hasText: 'Rows accepted' })).toContainText('2 rows');
  await screenshot(page, '20-gp-extract-report');

  await page.getByRole('link', { name: 'See the GP flag feed' }).click();
  await onPage(page, 'GP flag feed');
  const feed = page.getByRole('table', { name: /Flags received/ });
  // Newest first; another journey running beside this one may post a flag of its own in between, so find ours by its practice.
  const ours = feed.getByRole('row').filter({ hasText: odsCode }).first();
  await expect(ours).toBeVisible();
  await expect(ours).toContainText('CSV extract');
});

test('Sam sees the organisations that know about them and withdraws consent for one', async ({ page, request }) => {
  // Carers Central refers Sam (matched on his NHS number), so it both referred him and has his consent.
  const carerToken = await devToken(request, { role: 'Carer', subject: 'demo-carer-0001' });
  const me = await request.get('/api/me/carer', { headers: bearer(carerToken) });
  expect(me.status()).toBe(200);
  const sam = (await me.json()) as { givenName: string; familyName: string; dateOfBirth: string; postcode: string; nhsNumber: string };
  const partnerToken = await devToken(request, { role: 'Partner', subject: 'cc-system', partner: 'CarersCentral' });
  const referred = await referCarer(request, partnerToken, {
    givenName: sam.givenName,
    familyName: sam.familyName,
    dateOfBirth: sam.dateOfBirth,
    postcode: sam.postcode,
    nhsNumber: sam.nhsNumber,
    phone: '01582 123456',
    consent: { basis: 'self', givenOn: isoDay() },
  });
  expect(referred.matchedBy).toBe('nhsNumber');
  // Sam is known, so Carers Central gains access only once he agrees (decision 0024).
  if (referred.access === 'awaitingCarer') await answerReferral(request, carerToken, referred.referralId, 'confirm');

  await signInAs(page, 'Sam, a carer already registered');
  await onPage(page, 'Your support');
  await page.getByRole('link', { name: 'Sharing your information' }).click();
  await onPage(page, 'Sharing your information');
  const organisations = page.locator('.govuk-summary-list').first();
  await expect(page.getByRole('heading', { name: 'Organisations that know about you' })).toBeVisible();
  const carersCentral = organisations.locator('.govuk-summary-list__row').filter({ hasText: 'Carers Central' });
  await expect(carersCentral).toContainText('Referred you to us on');
  await expect(carersCentral).toContainText('You agreed to share your information with them on');
  await screenshot(page, '21-organisations-that-know');

  await carersCentral.getByRole('link', { name: 'Withdraw consent to share with Carers Central' }).click();
  await onPage(page, 'Are you sure you want to withdraw consent to share my information with Carers Central?');
  await page.getByRole('button', { name: 'Withdraw consent' }).click();
  await onPage(page, 'Sharing your information');
  await expect(page.getByRole('alert')).toContainText('You have withdrawn consent to share my information with Carers Central');
  await expect(carersCentral).toContainText('You withdrew consent on');
  await expect(carersCentral).toContainText('Referred you to us on');
  await expect(carersCentral.getByRole('link', { name: /Withdraw consent/ })).toHaveCount(0);
});

test('an assessor compares a probable match side by side, sees what each record holds and merges them', async ({ page, request }) => {
  // A partner refers someone with the surname, date of birth and postcode of a carer we hold.
  const assessorToken = await devToken(request, { role: 'Staff.Assessor', subject: 'demo-assessor-1' });
  const district = `LU${1 + Math.floor(Math.random() * 4)}`;
  // Not Sampleford, and not a record another journey (retention) has just anonymised: its name is gone.
  const carers = (await searchCarers(request, assessorToken, { postcode: district })).filter(
    (carer) => carer.familyName !== 'Sampleford' && carer.familyName.trim() !== '' && carer.postcode.trim() !== '',
  );
  expect(carers.length).toBeGreaterThan(0);
  const held = carers[Math.floor(Math.random() * carers.length)]!;
  const partnerToken = await devToken(request, { role: 'Partner', subject: 'cc-system', partner: 'CarersCentral' });
  const referred = await referCarer(request, partnerToken, {
    givenName: 'Robin',
    familyName: held.familyName,
    dateOfBirth: held.dateOfBirth,
    postcode: held.postcode,
    phone: '01582 654321',
    consent: { basis: 'self', givenOn: isoDay() },
  });
  expect(referred.matchedBy).toBe('probable');
  const ours = (await openMatchCandidates(request, assessorToken)).filter((candidate) => candidate.incoming.id === referred.carerId);
  const candidate = ours.find((match) => match.existing.id === held.id);
  expect(candidate, 'the referral should be queued against the carer it was made to match').toBeDefined();
  // Other carers of the same details (earlier runs of this test) are queued too: keep the queue tidy.
  for (const other of ours.filter((match) => match !== candidate)) await keepApart(request, assessorToken, other.id);

  await signInAs(page, 'An assessor');
  await onPage(page, 'Find a carer');
  await page.getByRole('link', { name: 'Match queue' }).click();
  await onPage(page, 'Match queue');
  const compare = page.locator(`a[href="/match-queue/${candidate!.id}"]`);
  let pages = 0;
  while ((await compare.count()) === 0 && pages < 20) {
    await page.getByRole('link', { name: 'Next page' }).click();
    pages += 1;
  }
  await expect(compare).toHaveAccessibleName(`Compare the records of ${held.givenName} ${held.familyName} and Robin ${held.familyName}`);
  await compare.click();

  await onPage(page, 'Are these the same person?');
  const recordA = page.locator('.govuk-summary-card').filter({ hasText: 'Record A: held already' });
  const recordB = page.locator('.govuk-summary-card').filter({ hasText: 'Record B: new' });
  await expect(recordA).toContainText(`${held.givenName} ${held.familyName}`);
  await expect(recordB).toContainText(`Robin ${held.familyName}`);
  await expect(recordB).toContainText('Referred by a partner');
  // What a merge moves: the referral and the consent it recorded are on record B.
  await expect(recordB.getByRole('heading', { name: 'What record B holds' })).toBeVisible();
  await expect(recordB.locator('.govuk-summary-list__row').filter({ hasText: 'Partner referrals' })).toContainText('1');
  await expect(recordB.locator('.govuk-summary-list__row').filter({ hasText: 'Consents in force' })).toContainText('1');
  await expect(recordA.getByRole('heading', { name: 'What record A holds' })).toBeVisible();
  await screenshot(page, '22-match-compare');

  await page.getByRole('button', { name: 'Confirm decision' }).click();
  await expectErrorSummary(page, 'Select whether to merge the records or keep them apart');
  await expect(page.getByLabel('Merge, keeping record A')).toBeVisible();
  await expect(page.getByLabel('Merge, keeping record B')).toBeVisible();
  await expect(page.getByLabel('Keep apart')).toBeVisible();
  await page.getByLabel('Merge, keeping record A').check();
  await page.getByRole('button', { name: 'Confirm decision' }).click();

  await onPage(page, 'Match queue');
  await expect(page.getByRole('alert')).toContainText(`Records merged into record A, ${held.givenName} ${held.familyName}`);
  await expect(page.locator(`a[href="/match-queue/${candidate!.id}"]`)).toHaveCount(0);
  const stillOpen = await openMatchCandidates(request, assessorToken);
  expect(stillOpen.some((match) => match.id === candidate!.id)).toBe(false);
});

test('a manager registers a partner’s webhook address, sees its secret once and reads the delivery log', async ({ page }) => {
  await signInAs(page, 'A manager');
  await onPage(page, 'Staff workspace');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Partner webhooks' }).click();
  await onPage(page, 'Partner webhooks');
  await page.getByRole('link', { name: 'Manage Carers Central’s webhook' }).click();
  await onPage(page, 'Carers Central webhook');

  const submit = page.getByRole('button', { name: /^(Register|Replace) address$/ });
  await submit.click();
  await expectErrorSummary(page, 'Enter Carers Central’s webhook address');

  await page.getByLabel('Webhook address').fill('http://127.0.0.1:9/hook');
  await submit.click();
  await expect(page.getByRole('alert')).toContainText('Carers Central’s webhook address is now http://127.0.0.1:9/hook');
  const secret = page.getByRole('region', { name: 'Carers Central’s signing secret' });
  await expect(secret).toContainText(/whsec_[A-Za-z0-9+/]{43}=/);
  await expect(secret).toContainText('You will not see this secret again');
  await onPage(page, 'Carers Central webhook');
  await expect(page.locator('.govuk-summary-list').filter({ hasText: 'Webhook address' })).toContainText('http://127.0.0.1:9/hook');
  await screenshot(page, '23-partner-webhook');

  // The log may be empty on fresh data; when events have been tried, each can be sent again.
  const log = page.getByRole('table', { name: /Delivery log/ });
  if ((await log.count()) === 0) {
    await expect(page.getByText('No events have been sent to Carers Central yet.')).toBeVisible();
  } else {
    await log.getByRole('button', { name: /^Replay/ }).first().click();
    await expect(page.getByRole('alert')).toContainText('will be sent to Carers Central again');
    await onPage(page, 'Carers Central webhook');
  }

  // The secret lives only on the page that showed it.
  await page.getByRole('link', { name: 'Back to partner webhooks' }).click();
  await onPage(page, 'Partner webhooks');
  await expect(page.getByText(/whsec_/)).toHaveCount(0);
  await page.getByRole('link', { name: 'Manage CHUMS’s webhook' }).click();
  await onPage(page, 'CHUMS webhook');
});

test('an assessor sees a referral awaiting the carer and adds the mother the carer shares with her family', async ({ page, request }) => {
  // A carer known by NHS number whom Carers Central refers: the referral awaits the carer (decision 0024).
  const familyName = uniqueSurname('Sibling');
  const nhsNumber = freshNhsNumber();
  const carerToken = await devToken(request, { role: 'Carer', subject: `e2e-sibling-${familyName.toLowerCase()}` });
  const carer = { givenName: 'Rania', familyName, dateOfBirth: '1981-07-15', postcode: 'LU3 2MR', nhsNumber };
  const registered = await request.post('/api/me/carer', {
    headers: bearer(carerToken),
    data: { registeringAs: 'self', ...carer, preferredLanguage: 'en', preferredContactChannel: 'phone', phone: '01582 654321' },
  });
  expect(registered.status(), await registered.text()).toBe(201);
  const carerId = ((await registered.json()) as { id: string }).id;
  const partnerToken = await devToken(request, { role: 'Partner', subject: 'cc-system', partner: 'CarersCentral' });
  const referred = await referCarer(request, partnerToken, { ...carer, phone: '01582 654321', consent: { basis: 'self', givenOn: isoDay() } });
  expect(referred.access).toBe('awaitingCarer');

  await signedInAs(page, staff.assessor);
  await page.goto(`/carers/${carerId}`);
  // Opened outside a queue: the assessor says why first (decision 0025).
  await onPage(page, 'Why are you opening this carer’s record?');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectErrorSummary(page, 'Select why you need to see this carer’s record');
  await page.getByLabel('Casework').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await onPage(page, `Rania ${familyName}`);
  await expect(page.getByTestId('referrals-awaiting-carer')).toContainText('Carers Central referred');

  // Staff add the mother she told them about: the demo data's Zainab Mockridge, whom her family cares for too.
  await page.getByRole('link', { name: 'Add someone they care for' }).click();
  await onPage(page, 'Add someone they care for');
  await page.getByRole('button', { name: 'Save' }).click();
  await expectErrorSummary(page, 'Select who they are to the carer');
  await page.getByLabel('First name').fill('Zainab');
  await page.getByLabel('Last name').fill('Mockridge');
  await fillDate(page.getByRole('group', { name: 'What is their date of birth? (optional)' }), '9', '8', '1952');
  await page.getByLabel('What is their postcode?').fill('LU3 2MR');
  await page.getByLabel('Parent', { exact: true }).check();
  await page.getByLabel('Dementia or memory problems').check();
  await page.getByLabel('How many hours of care does the carer give them in a typical week?').fill('15');
  await page.getByRole('group', { name: 'Do they live with the carer?' }).getByLabel('No', { exact: true }).check();
  await fillDate(page.getByRole('group', { name: 'When did the carer start caring for them?' }), '1', '3', '2023');
  await page.getByRole('button', { name: 'Save' }).click();

  await onPage(page, `Rania ${familyName}`);
  await expect(page.locator('.govuk-notification-banner--success')).toContainText('Zainab Mockridge added');
  const mother = page.getByRole('row').filter({ hasText: 'Zainab Mockridge' });
  await expect(mother.getByRole('link', { name: 'Nadia Mockridge' })).toBeVisible();
  await screenshot(page, 'staff-added-cared-for-person');
});

/** A valid NHS number in the 999 test range that no other run has used (Modulus 11). */
function freshNhsNumber(): string {
  for (;;) {
    const base = `999${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}`;
    const sum = [...base].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) return `${base}${check}`;
  }
}
