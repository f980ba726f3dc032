import { expect, test, type Browser, type Page } from '@playwright/test';
import { continueButton, expectErrorSummary, fillDate, onPage, screenshot, signInAs, uniqueSurname } from './support/pages';
import { activate, chooseOption, chooseRadio, expectFocusOnPageStart, openFromMenu, typeInto } from './support/keyboard';

/*
 * Three journeys in order, as one person after another would take them: a new carer registers,
 * then (same browser tab) tells us about someone they care for and manages a consent, then an
 * assessor finds that carer. They share the carer's browser tab and surname, so run serially.
 */
test.describe.configure({ mode: 'serial' });

const givenName = 'Alex';
const familyName = uniqueSurname('Testcarer');
let carerPage: Page;

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test.beforeAll(async ({ browser }) => {
  carerPage = await newPage(browser);
});

test.afterAll(async () => {
  await carerPage.context().close();
});

test('a new carer registers through every question, checks their answers and sees their details', async () => {
  const page = carerPage;
  await signInAs(page, 'A new carer');

  await onPage(page, 'Register as a carer');
  await screenshot(page, '01-register-start');
  await page.getByRole('button', { name: 'Start now' }).click();

  await onPage(page, 'Who are you registering?');
  await continueButton(page);
  await expectErrorSummary(page, 'Select who you are registering');
  await screenshot(page, '02-error-summary');
  await page.getByRole('link', { name: 'Select who you are registering' }).click();
  await expect(page.getByLabel('Myself')).toBeFocused();
  await page.getByLabel('Myself').check();
  await continueButton(page);

  await onPage(page, 'What is your name?');
  await page.getByLabel('First name').fill('Alice');
  await page.getByLabel('Last name').fill(familyName);
  await continueButton(page);

  await onPage(page, 'What is your date of birth?');
  const dateOfBirth = page.getByRole('group', { name: 'What is your date of birth?' });
  await fillDate(dateOfBirth, '31', '2', '1980');
  await continueButton(page);
  await expectErrorSummary(page, 'Date of birth must be a real date');
  await fillDate(dateOfBirth, '14', '6', '1980');
  await continueButton(page);

  await onPage(page, 'What is your address?');
  await page.getByLabel('Address line 1').fill('12 High Street');
  await page.getByLabel('Town or city').fill('Luton');
  await page.getByLabel('Postcode').fill('lu1 2ab');
  await continueButton(page);

  await onPage(page, 'How would you like us to contact you?');
  await page.getByLabel('Email', { exact: true }).check();
  await page.getByLabel('Email address').fill('alex.testcarer@example.com');
  await continueButton(page);

  await onPage(page, 'Which language would you like us to use?');
  await page.getByLabel('English').check();
  await continueButton(page);

  await onPage(page, 'Do you need us to do anything differently when we contact you?');
  await page.getByLabel('Large print').check();
  await continueButton(page);

  await onPage(page, 'Do you know your NHS number?');
  await page.getByLabel('No', { exact: true }).check();
  await continueButton(page);

  await onPage(page, 'What is your ethnic group?');
  await page.getByLabel('White', { exact: true }).check();
  await continueButton(page);

  await onPage(page, 'Which of the following best describes your White background?');
  await page.getByLabel('Irish', { exact: true }).check();
  await continueButton(page);

  await onPage(page, 'Are you in work?');
  await page.getByLabel('Employed part-time (less than 30 hours a week)').check();
  await continueButton(page);

  await onPage(page, 'Are you in education or training?');
  await page.getByLabel('Not in education or training').check();
  await continueButton(page);

  await onPage(page, 'Check your answers before registering');
  const answers = page.locator('.govuk-summary-list');
  await expect(answers).toContainText(`Alice ${familyName}`);
  await expect(answers).toContainText('14 June 1980');
  await expect(answers).toContainText('LU1 2AB');
  await expect(answers).toContainText('White: Irish');

  // Change an answer: back to the question, then straight back to check answers.
  await page.getByRole('link', { name: 'Change name' }).click();
  await onPage(page, 'What is your name?');
  await expect(page.getByLabel('First name')).toHaveValue('Alice');
  await page.getByLabel('First name').fill(givenName);
  await continueButton(page);
  await onPage(page, 'Check your answers before registering');
  await expect(answers).toContainText(`${givenName} ${familyName}`);
  await screenshot(page, '03-check-answers');

  await page.getByRole('button', { name: 'Accept and send' }).click();
  await onPage(page, 'Registration complete');
  await screenshot(page, '04-registration-complete');

  await page.getByRole('link', { name: 'View your details' }).click();
  await onPage(page, 'Your details');
  const details = page.locator('.govuk-summary-list');
  await expect(details).toContainText(`${givenName} ${familyName}`);
  await expect(details).toContainText('Adult carer');
  await expect(details).toContainText('alex.testcarer@example.com');
  await screenshot(page, '05-your-details');
});

test('the carer changes a detail and adds a person they care for by keyboard alone, and gives then withdraws a consent', async () => {
  const page = carerPage;
  await page.goto('/home');
  await onPage(page, 'Your support');
  // By keyboard alone (decision 0039), up to the consents: after each page, focus is on its h1,
  // its error summary or its success banner.
  await openFromMenu(page, 'Your details');
  await onPage(page, 'Your details');
  await expectFocusOnPageStart(page);

  // Change a detail: the form sends If-Match with the ETag it was filled from.
  await activate(page, page.getByRole('link', { name: 'Change phone number' }));
  await onPage(page, 'Change your details');
  await expect(page.getByLabel('Phone number (optional)')).toBeFocused();
  await typeInto(page, page.getByLabel('Phone number (optional)'), '01582 123456');
  await activate(page, page.getByRole('button', { name: 'Save changes' }));
  await onPage(page, 'Your details');
  await expectFocusOnPageStart(page);
  await expect(page.getByRole('alert')).toContainText('Your changes have been saved');
  await expect(page.locator('.govuk-summary-list')).toContainText('01582 123456');

  // Someone else changes the record while the form is open: the save answers 412. (Languages the
  // pages are not offered in, Gujarati and Somali, so the pages stay in English: a carer's preferred
  // language, when the pages have it, becomes theirs; e2e/languages.spec.ts checks that.)
  await activate(page, page.getByRole('link', { name: 'Change language' }));
  await onPage(page, 'Change your details');
  const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('luton-carers.session') ?? '{}').accessToken as string);
  const headers = { Authorization: `Bearer ${token}` };
  const current = await page.request.get('/api/me/carer', { headers });
  expect(current.status()).toBe(200);
  const record = await current.json();
  const etag = current.headers()['etag'] ?? '';
  const concurrent = await page.request.put('/api/me/carer', {
    headers: { ...headers, 'If-Match': etag },
    data: {
      givenName: record.givenName,
      familyName: record.familyName,
      dateOfBirth: record.dateOfBirth,
      email: record.email,
      phone: record.phone,
      addressLine1: record.addressLine1,
      addressLine2: record.addressLine2,
      town: record.town,
      postcode: record.postcode,
      preferredLanguage: 'gu',
      preferredContactChannel: record.preferredContactChannel,
      reasonableAdjustments: record.reasonableAdjustments,
      ethnicity: record.ethnicity,
      employmentStatus: record.employmentStatus,
      educationStatus: record.educationStatus,
    },
  });
  expect(concurrent.status(), await concurrent.text()).toBe(200);
  await chooseOption(page, page.getByLabel('Language we should use'), 'so');
  await activate(page, page.getByRole('button', { name: 'Save changes' }));
  await expectErrorSummary(page, 'changed somewhere else');
  await expect(page.getByLabel('Language we should use')).toHaveValue('gu');
  await screenshot(page, '06-changed-elsewhere');
  await chooseOption(page, page.getByLabel('Language we should use'), 'so');
  await activate(page, page.getByRole('button', { name: 'Save changes' }));
  await onPage(page, 'Your details');
  await expectFocusOnPageStart(page);
  await expect(page.locator('.govuk-summary-list')).toContainText('Somali');

  // People you care for: the add another pattern.
  await openFromMenu(page, 'People you care for');
  await onPage(page, 'People you care for');
  await expectFocusOnPageStart(page);
  await activate(page, page.getByRole('button', { name: 'Add a person you care for' }));
  await onPage(page, 'Tell us about someone you care for');
  await expectFocusOnPageStart(page);
  await activate(page, page.getByRole('button', { name: 'Save and continue' }));
  await expectErrorSummary(page, 'Enter their first name');

  await typeInto(page, page.getByLabel('First name'), 'Pat');
  await typeInto(page, page.getByLabel('Last name'), familyName);
  await typeInto(page, page.getByLabel('What is their postcode?'), 'SW1A 1AA');
  await chooseRadio(page, page.getByRole('group', { name: 'Who are they to you?' }).getByLabel('Parent', { exact: true }));
  await chooseRadio(page, page.getByLabel('Dementia or memory problems'));
  await typeInto(page, page.getByLabel('How many hours of care do you give them in a typical week?'), '35');
  await chooseRadio(page, page.getByRole('group', { name: 'Do they live with you?' }).getByLabel('Yes', { exact: true }));
  const started = page.getByRole('group', { name: 'When did you start caring for them?' });
  await typeInto(page, started.getByLabel('Day'), '1');
  await typeInto(page, started.getByLabel('Month'), '3');
  await typeInto(page, started.getByLabel('Year'), '2020');
  await activate(page, page.getByRole('button', { name: 'Save and continue' }));
  // Luton only: the API refuses a cared-for person outside LU1 to LU4, beside the postcode field.
  await expectErrorSummary(page, 'must live in Luton');
  await expect(page.locator('#postcode-error')).toContainText('must live in Luton');
  await typeInto(page, page.getByLabel('What is their postcode?'), 'LU2 7AB');
  await activate(page, page.getByRole('button', { name: 'Save and continue' }));

  await onPage(page, 'People you care for');
  await expectFocusOnPageStart(page);
  await expect(page.getByRole('alert')).toContainText(`You have added Pat ${familyName}`);
  await expect(page.locator('.govuk-summary-card')).toContainText('Dementia or memory problems');
  await expect(page.locator('.govuk-summary-card')).toContainText('35 hours a week (20 to 49 hours a week)');
  await screenshot(page, '07-people-you-care-for');

  // Sharing your information: give, then withdraw.
  await page.getByRole('link', { name: 'Sharing your information' }).click();
  await onPage(page, 'Sharing your information');
  await page.getByRole('link', { name: 'Agree to share my information with Carers Central' }).click();
  await onPage(page, 'Share my information with Carers Central');
  await page.getByRole('button', { name: 'I agree' }).click();
  await expectErrorSummary(page, 'Select who is giving consent');
  await page.getByLabel('I am giving consent for myself').check();
  await page.getByRole('button', { name: 'I agree' }).click();

  await onPage(page, 'Sharing your information');
  await expect(page.getByRole('alert')).toContainText('You have agreed to share my information with Carers Central');
  const carersCentral = page.locator('.govuk-summary-card').filter({ hasText: 'Share my information with Carers Central' });
  await expect(carersCentral).toContainText('Agreed');
  await screenshot(page, '08-consent-given');

  await carersCentral.getByRole('link', { name: /Withdraw consent/ }).click();
  await onPage(page, 'Are you sure you want to withdraw consent to share my information with Carers Central?');
  await page.getByRole('button', { name: 'Withdraw consent' }).click();
  await onPage(page, 'Sharing your information');
  await expect(page.getByRole('alert')).toContainText('You have withdrawn consent');
  await expect(carersCentral).toContainText('Withdrawn');
  await screenshot(page, '09-consent-withdrawn');
});

test('an assessor searches for the new carer and opens their record', async ({ browser }) => {
  const page = await newPage(browser);
  await signInAs(page, 'An assessor');

  await onPage(page, 'Find a carer');
  await page.getByRole('button', { name: 'Search' }).click();
  await expectErrorSummary(page, 'Enter a name, date of birth, postcode or NHS number to search for');

  await expect(page.locator('.govuk-error-summary')).toContainText('Select why you are looking for a carer');

  // A search shows carers' personal data: the assessor says why (decision 0025), once for the session.
  await page.getByRole('group', { name: 'Why are you looking for a carer?' }).getByLabel('Casework').check();
  await page.getByLabel('Name').fill(`${givenName} ${familyName}`);
  await page.getByRole('button', { name: 'Search' }).click();
  await onPage(page, 'Find a carer');
  const results = page.getByRole('table');
  await expect(results).toContainText(`${familyName}, ${givenName}`);
  await screenshot(page, '10-search-results');

  await results.getByRole('link', { name: `${familyName}, ${givenName}` }).click();
  await onPage(page, `${givenName} ${familyName}`);
  await expect(page.locator('.govuk-summary-list')).toContainText('Registered online');
  await expect(page.getByRole('table').first()).toContainText(`Pat ${familyName}`);
  await screenshot(page, '11-carer-record');

  // A demo carer by postcode district, with paging where there are more than a page of them.
  await page.getByRole('link', { name: 'Back to search results' }).click();
  await onPage(page, 'Find a carer');
  await page.getByLabel('Name').fill('');
  await page.getByLabel('Postcode').fill('LU1');
  await page.getByRole('button', { name: 'Search' }).click();
  await onPage(page, 'Find a carer');
  await expect(page.getByRole('table')).toBeVisible();
  const next = page.getByRole('link', { name: 'Next page' });
  if ((await next.count()) > 0) {
    await next.click();
    await expect(page.getByRole('table')).toContainText('page 2');
    await onPage(page, 'Find a carer');
  }

  await page.getByRole('link', { name: 'Sign out' }).click();
  await onPage(page, 'You have signed out');
  expect(await page.evaluate(() => sessionStorage.getItem('luton-carers.session'))).toBeNull();
  await page.context().close();
});
