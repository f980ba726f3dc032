import { expect, test, type Page } from '@playwright/test';
import { addCaredForPerson, bearer, devToken, eligibleAssessment, registeredCarer } from './support/api';
import { expectErrorSummary, onPage, uniqueSurname } from './support/pages';

/*
 * The carer journeys in other languages (SPEC §9, issue 18, decision 0038): a carer who chose
 * Romanian on this device applies for a grant, one who chose Bengali asks for a break, and one
 * who chose Urdu gives a compliment on pages written right to left. Each page is checked as every
 * journey checks it (one h1, its own title, axe clean). The carers are registered and signed in
 * first (in English, as anyone arriving is), then choose their language the way the switcher
 * remembers it: in localStorage, before the next page loads.
 */

async function chooseLanguage(page: Page, code: 'ro' | 'bn' | 'ur'): Promise<void> {
  await page.context().addInitScript((language) => window.localStorage.setItem('luton-carers.language', language), code);
}

/** The page's main button (Continue and the like come from the shared layout's words, whatever language those are in). */
async function submit(page: Page): Promise<void> {
  await page.locator('main form button.govuk-button').first().click();
}

test('a carer applies for a grant in Romanian', async ({ page, request }) => {
  const token = await registeredCarer(page, 'Ioana', uniqueSurname('Romanian'));
  await eligibleAssessment(request, token);
  await chooseLanguage(page, 'ro');

  await page.goto('/grants');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
  await onPage(page, 'Granturile dumneavoastră');
  await page.getByRole('button', { name: 'Cereți un grant' }).click();
  await onPage(page, 'Pentru ce este grantul?');
  await submit(page);
  await expectErrorSummary(page, 'Alegeți pentru ce este grantul');
  await page.getByLabel('O pauză de la îngrijire').check();
  await submit(page);
  await onPage(page, 'De câți bani aveți nevoie?');
  await page.getByLabel('De câți bani aveți nevoie?').fill('250');
  await submit(page);
  await onPage(page, 'Cu ce vă va ajuta grantul?');
  await page.getByLabel('Cu ce vă va ajuta grantul?').fill('Un weekend liber cât timp sora mea are grijă de tata.');
  await submit(page);
  await onPage(page, 'Verificați răspunsurile înainte de a trimite cererea');
  // Money as Romanian writes it ("250 £"), not "£250".
  const amount = new Intl.NumberFormat('ro', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 }).format(250);
  await expect(page.locator('.govuk-summary-list')).toContainText(amount);
  await page.getByRole('button', { name: 'Trimiteți cererea de grant' }).click();
  await onPage(page, 'Cererea a fost trimisă');
  await page.getByRole('link', { name: 'Vedeți granturile dumneavoastră' }).click();
  await onPage(page, 'Granturile dumneavoastră');
  await expect(page.getByRole('table', { name: 'Cererile dumneavoastră' })).toContainText(amount);
  await expect(page.getByRole('table', { name: 'Cererile dumneavoastră' })).toContainText('Așteaptă o decizie');
});

test('a carer asks for a break in Bengali', async ({ page, request }) => {
  // A provider of short breaks no other run uses, with places every day.
  const provider = `Bengali Respite ${uniqueSurname('Test')}`;
  const manager = await devToken(request, { role: 'Staff.Manager', subject: 'demo-manager-1' });
  const registered = await request.post('/api/break-providers', {
    headers: bearer(manager),
    data: { name: provider, worksOn: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'], capacity: [{ breakType: 'shortBreak', placesPerDay: 5 }] },
  });
  expect(registered.status(), await registered.text()).toBe(201);
  const person = { givenName: 'Rahima', familyName: uniqueSurname('Caredfor') };
  const token = await registeredCarer(page, 'Anwar', uniqueSurname('Bengali'));
  await addCaredForPerson(request, token, person);
  await chooseLanguage(page, 'bn');

  await page.goto('/breaks');
  await expect(page.locator('html')).toHaveAttribute('lang', 'bn');
  await onPage(page, 'আপনার বিরতিগুলো');
  await page.getByRole('button', { name: 'বিরতির জন্য অনুরোধ করুন' }).click();
  await onPage(page, 'বিরতিটি কার জন্য?');
  await page.getByLabel(`${person.givenName} ${person.familyName}`).check();
  await submit(page);
  await onPage(page, 'আপনার কী ধরনের বিরতি দরকার?');
  await page.getByLabel('ছোট বিরতি').check();
  await submit(page);
  await onPage(page, 'জরুরি অবস্থার কারণে কি আপনার আজই বিরতি দরকার?');
  await page.getByLabel('না, আমি আগে থেকে পরিকল্পনা করছি').check();
  await submit(page);
  await onPage(page, 'একটি সেবাদাতা ও প্রথম দিন বেছে নিন');
  await submit(page);
  await expectErrorSummary(page, 'জায়গা বাকি আছে এমন একটি সেবাদাতা ও দিন বেছে নিন');
  await page.getByRole('radio', { name: new RegExp(provider) }).first().check();
  await submit(page);
  await onPage(page, 'বিরতির শেষ দিন কবে?');
  await submit(page);
  await onPage(page, 'বিরতির অনুরোধ করার আগে আপনার উত্তরগুলো দেখে নিন');
  await expect(page.locator('.govuk-summary-list')).toContainText(provider);
  await page.getByRole('button', { name: 'অনুরোধ পাঠান' }).click();
  await onPage(page, 'বিরতির অনুরোধ করা হয়েছে');
  await page.getByRole('link', { name: 'আপনার বিরতিগুলো দেখুন' }).click();
  await onPage(page, 'আপনার বিরতিগুলো');
  const row = page.getByRole('row', { name: new RegExp(provider) });
  await expect(row).toContainText('অনুরোধ করা হয়েছে');
  await expect(row).toContainText(`${person.givenName} ${person.familyName}`);
  // Dates as Bengali writes them: in Bengali digits, not "24 November".
  await expect(row).not.toContainText(/January|February|March|April|May|June|July|August|September|October|November|December/);
});

test('a carer gives a compliment in Urdu, on pages written right to left', async ({ page }) => {
  await registeredCarer(page, 'Bilal', uniqueSurname('Urdu'));
  await chooseLanguage(page, 'ur');

  await page.goto('/feedback');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
  await onPage(page, 'آپ کی شکایات اور تعریفیں');
  await page.getByRole('button', { name: 'اپنی رائے دیں' }).click();
  await onPage(page, 'کیا آپ شکایت کرنا چاہتے ہیں یا تعریف کرنا چاہتے ہیں؟');
  await page.getByLabel('تعریف کریں').check();
  await submit(page);
  await onPage(page, 'آپ کی تعریف کس بارے میں ہے؟');
  await page.getByLabel('عملے کا کوئی رکن').check();
  await submit(page);
  await onPage(page, 'ہمیں اپنی تعریف کے بارے میں بتائیں');
  await page.getByLabel('ہمیں اپنی تعریف کے بارے میں بتائیں').fill('آپ کے عملے نے میری بہت مدد کی۔');
  await submit(page);
  await onPage(page, 'بھیجنے سے پہلے اپنی تعریف چیک کریں');
  await page.getByRole('button', { name: 'اپنی تعریف بھیجیں' }).click();
  await onPage(page, 'تعریف بھیج دی گئی');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});
