import { expect, test, type Page } from '@playwright/test';
import { registeredCarer, signedInAs, staff } from './support/api';
import { expectErrorSummary, onPage, screenshot, uniqueSurname } from './support/pages';
import { activate, chooseRadio, expectFocusOnPageStart, openFromMenu, tabTo, typeText } from './support/keyboard';

/*
 * Compliments and complaints (issue 12, decision 0016).
 *
 * A new carer (registered through the API) makes a complaint with the form, by keyboard alone: complaint or
 * compliment (meeting the page's error first), what it is about, what happened, check answers and
 * the confirmation with the acknowledge-by date; Your complaints and compliments shows it Received.
 * An assessor finds it in the Complaints queue (paging on if the kept data has filled the first
 * page) and records it acknowledged. The carer reloads their complaint and sees it Acknowledged.
 */

function menu(page: Page) {
  return page.getByRole('navigation', { name: 'Menu' });
}

test.setTimeout(120_000);

test('a carer makes a complaint, an assessor acknowledges it, and the carer sees it acknowledged', async ({ page, browser }) => {
  const familyName = uniqueSurname('Complaint');
  const carerName = `Ruth ${familyName}`;
  await registeredCarer(page, 'Ruth', familyName);

  // By keyboard alone (decision 0039): after each page, focus is on its h1 or its error summary.
  await page.goto('/home');
  await onPage(page, 'Your support');
  await openFromMenu(page, 'Feedback');
  await onPage(page, 'Your complaints and compliments');
  await expectFocusOnPageStart(page);
  await activate(page, page.getByRole('button', { name: 'Give feedback' }));

  await onPage(page, 'Do you want to make a complaint or give a compliment?');
  await expectFocusOnPageStart(page);
  await activate(page, page.getByRole('button', { name: 'Continue' }));
  await expectErrorSummary(page, 'Select whether you want to make a complaint or give a compliment');
  await chooseRadio(page, page.getByRole('radio', { name: 'Make a complaint' }));
  await activate(page, page.getByRole('button', { name: 'Continue' }));

  await onPage(page, 'What is your complaint about?');
  await expectFocusOnPageStart(page);
  await chooseRadio(page, page.getByRole('radio', { name: 'A break from caring' }));
  await activate(page, page.getByRole('button', { name: 'Continue' }));

  await onPage(page, 'Tell us what happened');
  await expectFocusOnPageStart(page);
  await tabTo(page, page.getByLabel('Tell us what happened'));
  await typeText(page, 'The sitting service did not come on Tuesday.');
  await page.keyboard.press('Enter'); // a new line in the text area
  await typeText(page, 'Nobody told me.');
  await activate(page, page.getByRole('button', { name: 'Continue' }));

  await onPage(page, 'Check your complaint before sending it');
  await expectFocusOnPageStart(page);
  await expect(page.locator('.govuk-summary-list')).toContainText('A break from caring');
  await activate(page, page.getByRole('button', { name: 'Send your complaint' }));

  await onPage(page, 'Complaint received');
  await expectFocusOnPageStart(page);
  await expect(page.locator('.govuk-panel')).toContainText(/We will acknowledge it by \w+day \d{1,2} \w+ \d{4}/);
  await activate(page, page.getByRole('link', { name: 'View your complaint' }));
  await onPage(page, 'Your complaint');
  await expectFocusOnPageStart(page);
  await expect(page.getByRole('main').locator('.govuk-tag').first()).toHaveText('Received');
  await expect(page.getByText('Acknowledgement due by')).toBeVisible();
  const complaintAddress = page.url();

  // The assessor, in a browser of their own.
  const staffContext = await browser.newContext();
  const assessor = await staffContext.newPage();
  await signedInAs(assessor, staff.assessor);
  await assessor.goto('/staff');
  await menu(assessor).getByRole('link', { name: 'Complaints' }).click();
  await onPage(assessor, 'Complaints');
  const link = assessor.getByRole('link', { name: new RegExp(`^${carerName}`) });
  for (let pageNumber = 1; (await link.count()) === 0; pageNumber += 1) {
    expect(pageNumber, `${carerName} is not in the first pages of the queue`).toBeLessThan(20);
    await assessor.getByRole('link', { name: /Next/ }).click();
    await expect(assessor.locator('caption')).toContainText(`page ${pageNumber + 1}`);
  }
  await screenshot(assessor, 'complaints-queue');
  await link.click();

  await onPage(assessor, `${carerName}: complaint`);
  await expect(assessor.locator('.govuk-summary-list').first()).toContainText('The sitting service did not come on Tuesday.');
  await assessor.getByRole('button', { name: 'Record acknowledgement' }).click();
  await expect(assessor.locator('.govuk-notification-banner')).toContainText('Complaint acknowledged');
  await expect(assessor.getByRole('button', { name: 'Record the response' })).toBeVisible();
  await expectNoErrorsOn(assessor, `${carerName}: complaint`);
  await staffContext.close();

  await page.goto(complaintAddress);
  await onPage(page, 'Your complaint');
  await expect(page.getByRole('main').locator('.govuk-tag').first()).toHaveText('Acknowledged');
  await expect(page.locator('.govuk-summary-list').nth(1)).toContainText('Acknowledged');
  await screenshot(page, 'your-complaint');
});

async function expectNoErrorsOn(page: Page, heading: string) {
  await expect(page.locator('.govuk-error-summary')).toHaveCount(0);
  await onPage(page, heading);
}
