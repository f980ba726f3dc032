import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import {
  activate,
  chooseRadio,
  expectFocusOnPageStart,
  tabTo,
  tick,
  typeInto,
} from './support/keyboard';
import { registeredCarer } from './support/api';
import { uniqueSurname } from './support/pages';

/*
 * Issue 18, decision 0038: a carer registers in Urdu (right to left) and in Polish by keyboard alone,
 * from the language switcher to "Your details" and "People you care for". Each page is checked as it
 * comes: its h1 in that language, focus on the h1 or the error summary after each navigation, the
 * machine translation notice, and axe (WCAG 2.2 AA). The words come from the message files, so the
 * test reads the page a carer of that language reads.
 */

type Tree = { [key: string]: string | Tree };
const load = (language: string, namespace: string) => JSON.parse(readFileSync(`src/locales/${language}/${namespace}.json`, 'utf8')) as Tree;

/** `t('registration:who.title')`, from the language's own files. */
function messagesOf(language: string) {
  const files = Object.fromEntries(['common', 'reference', 'validation', 'registration', 'details', 'people'].map((namespace) => [namespace, load(language, namespace)]));
  return (key: string): string => {
    const [namespace, path] = key.split(':') as [string, string];
    const found = path.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), files[namespace]);
    if (typeof found !== 'string') throw new Error(`${language}: no message ${key}`);
    return found;
  };
}

const h1 = (page: Page) => page.locator('h1');

/** A page reached in the language: its heading, its title, focus, the notice and axe. */
async function onTranslatedPage(page: Page, t: (key: string) => string, heading: string, { navigated = true } = {}) {
  await expect(h1(page)).toHaveCount(1);
  await expect(h1(page)).toHaveText(heading);
  await expect(page).toHaveTitle(/ - Luton Carers$/);
  if (navigated) await expectFocusOnPageStart(page);
  await expect(page.getByTestId('translation-notice')).toHaveText(t('common:translationNotice.text'));
  await expectNoAxeViolations(page);
}

/** Signs in on the local provider as a carer nobody has registered yet, by keyboard too. */
async function signInAsNewCarer(page: Page, subject: string) {
  await page.goto('/sign-in');
  await activate(page, page.getByRole('button', { name: 'Sign in as a carer' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Development sign-in' })).toBeVisible();
  await chooseRadio(page, page.getByLabel('Someone else'));
  const role = page.getByLabel('Role');
  await tabTo(page, role);
  for (let presses = 0; presses < 20 && (await role.inputValue()) !== 'Carer'; presses += 1) await page.keyboard.press('ArrowDown');
  await expect(role).toHaveValue('Carer');
  await typeInto(page, page.getByLabel('Subject'), subject);
  await activate(page, page.getByRole('button', { name: 'Sign in', exact: true }));
  await page.waitForURL((url) => url.pathname.startsWith('/register'));
}

async function continueOn(page: Page, t: (key: string) => string) {
  await activate(page, page.getByRole('button', { name: t('common:components.continue'), exact: true }));
}

async function registerByKeyboard(page: Page, language: 'ur' | 'pl', switcherName: string) {
  const t = messagesOf(language);
  const english = messagesOf('en');
  const familyName = uniqueSurname(language === 'ur' ? 'Urdutest' : 'Polskitest');
  await signInAsNewCarer(page, `i18n-e2e-${familyName.toLowerCase()}`);
  await expect(h1(page)).toHaveText(english('registration:start.title'));

  // The switcher, by keyboard: every page, here the first one.
  await activate(page, page.getByRole('navigation', { name: english('common:languageSwitcher.label') }).getByRole('button', { name: switcherName }));
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.locator('html')).toHaveAttribute('dir', language === 'ur' ? 'rtl' : 'ltr');
  await onTranslatedPage(page, t, t('registration:start.title'), { navigated: false });
  await expect(page.getByRole('navigation', { name: t('common:languageSwitcher.label') }).locator('[aria-current="true"]')).toHaveAttribute('lang', language);

  await activate(page, page.getByRole('button', { name: t('registration:start.startNow') }));
  await onTranslatedPage(page, t, t('registration:who.title'));

  // A mistake first: the error summary takes focus, in the language, and so does the title.
  await continueOn(page, t);
  await expectFocusOnPageStart(page);
  await expect(page.locator('.govuk-error-summary')).toContainText(t('registration:who.error'));
  await expect(page).toHaveTitle(new RegExp(`^${t('common:errorTitle').replace('{{title}}', '').trim()}`));
  await expectNoAxeViolations(page);

  const myself = page.getByRole('radio', { name: t('reference:registeringAs.self') });
  if (language === 'ur') {
    // Right to left, mirrored: the radio's input sits to the right of its label, the columns float right.
    const input = await myself.boundingBox();
    const label = await page.locator('label[for="registeringAs"]').boundingBox();
    expect(input!.x).toBeGreaterThan(label!.x);
    await expect(page.locator('.govuk-grid-column-two-thirds').first()).toHaveCSS('float', 'right');
    await expect(page.locator('.govuk-back-link')).not.toHaveCSS('padding-right', '0px');
    await expect(page.locator('.govuk-form-group--error')).toHaveCSS('border-right-width', '5px');
  }
  await chooseRadio(page, myself);
  await continueOn(page, t);

  await onTranslatedPage(page, t, t('registration:name.title'));
  await typeInto(page, page.getByLabel(t('registration:name.firstName')), 'Amna');
  await typeInto(page, page.getByLabel(t('registration:name.lastName')), familyName);
  await continueOn(page, t);

  await onTranslatedPage(page, t, t('registration:dateOfBirth.title'));
  await typeInto(page, page.getByLabel(t('common:components.day')), '14');
  await typeInto(page, page.getByLabel(t('common:components.month')), '6');
  await typeInto(page, page.getByLabel(t('common:components.year')), '1972');
  await continueOn(page, t);

  await onTranslatedPage(page, t, t('registration:address.title'));
  await typeInto(page, page.getByLabel(t('registration:address.line1'), { exact: true }), '12 High Street');
  await typeInto(page, page.getByLabel(t('registration:address.town')), 'Luton');
  await typeInto(page, page.getByLabel(t('registration:address.postcode')), 'LU1 2AB');
  await continueOn(page, t);

  await onTranslatedPage(page, t, t('registration:contact.title'));
  await chooseRadio(page, page.getByRole('radio', { name: t('reference:contactChannel.email') }));
  await typeInto(page, page.getByLabel(t('registration:contact.emailAddress')), `${familyName.toLowerCase()}@example.com`);
  await continueOn(page, t);

  // The language question starts on the language the pages are in.
  await onTranslatedPage(page, t, t('registration:language.title'));
  await expect(page.locator('input[name="preferredLanguage"][value="' + language + '"]')).toBeChecked();
  await continueOn(page, t);

  await onTranslatedPage(page, t, t('registration:adjustments.title'));
  await tick(page, page.getByRole('checkbox', { name: t('reference:reasonableAdjustment.interpreter') }));
  await continueOn(page, t);

  await onTranslatedPage(page, t, t('registration:nhsNumber.title'));
  await chooseRadio(page, page.getByRole('radio', { name: t('registration:nhsNumber.no'), exact: true }));
  await continueOn(page, t);

  await onTranslatedPage(page, t, t('registration:ethnicGroup.title'));
  await chooseRadio(page, page.getByRole('radio', { name: t('reference:ethnicGroup.asian') }));
  await continueOn(page, t);

  const group = t('reference:ethnicGroup.asian');
  await onTranslatedPage(page, t, t('registration:ethnicBackground.title').replace('{{group}}', group));
  await chooseRadio(page, page.getByRole('radio', { name: t('reference:ethnicity.asianPakistani') }));
  await continueOn(page, t);

  await onTranslatedPage(page, t, t('registration:employment.title'));
  await chooseRadio(page, page.getByRole('radio', { name: t('reference:employmentStatus.notWorkingBecauseOfCaring') }));
  await continueOn(page, t);

  await onTranslatedPage(page, t, t('registration:education.title'));
  await chooseRadio(page, page.getByRole('radio', { name: t('reference:educationStatus.notInEducation') }));
  await continueOn(page, t);

  await onTranslatedPage(page, t, t('registration:checkAnswers.title'));
  const answers = page.locator('.govuk-summary-list');
  await expect(answers).toContainText(`Amna ${familyName}`);
  await expect(answers).toContainText(t('reference:reasonableAdjustment.interpreter'));
  await expect(answers).toContainText(`${group}: ${t('reference:ethnicity.asianPakistani')}`);
  await activate(page, page.getByRole('button', { name: t('registration:checkAnswers.accept') }));

  await onTranslatedPage(page, t, t('registration:confirmation.title'));
  await activate(page, page.getByRole('link', { name: t('registration:confirmation.viewDetails') }));

  await onTranslatedPage(page, t, t('details:title'));
  const details = page.locator('.govuk-summary-list');
  await expect(details).toContainText(t('reference:contactChannel.email'));
  await expect(details).toContainText(t('reference:employmentStatus.notWorkingBecauseOfCaring'));

  await activate(page, page.getByRole('link', { name: t('common:navigation.people') }));
  await onTranslatedPage(page, t, t('people:title'));
  await expect(page.getByText(t('people:noneYet'))).toBeVisible();

  // The language chosen at registration is the record's: a new device (no choice stored) reads it.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(h1(page)).toHaveText(t('people:title'));
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

test('a carer registers in Urdu, right to left, by keyboard alone', async ({ page }) => {
  await registerByKeyboard(page, 'ur', 'اردو');
});

test('a carer registers in Polish by keyboard alone', async ({ page }) => {
  await registerByKeyboard(page, 'pl', 'Polski');
});

/**
 * Every language, every page this part translates, axe clean (WCAG 2.2 AA). Urdu and Polish pages are
 * checked along the journeys above and English by the other suites, so here: Romanian, Bengali and
 * Punjabi throughout, and for all five the two forms the journeys do not reach (changing your details,
 * adding a person). Each language is chosen as the switcher stores it, and the page loaded afresh.
 */
test('the registration, details and people pages are axe clean in every language', async ({ browser, page }) => {
  test.setTimeout(240_000);
  const others = ['ro', 'bn', 'pa'] as const;
  const choose = (target: Page, language: string) => target.evaluate((code) => localStorage.setItem('luton-carers.language', code), language);

  await signInAsNewCarer(page, `i18n-e2e-${uniqueSurname('Axetest').toLowerCase()}`);
  for (const language of others) {
    const t = messagesOf(language);
    await choose(page, language);
    for (const [path, heading] of [
      ['/register/who', t('registration:who.title')],
      ['/register/language', t('registration:language.title')],
    ] as const) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(h1(page)).toHaveText(heading);
      await expectNoAxeViolations(page);
    }
  }

  const registered = await browser.newPage();
  await registeredCarer(registered, 'Ioana', uniqueSurname('Axetest'));
  for (const language of ['ur', 'pl', ...others] as const) {
    const t = messagesOf(language);
    await choose(registered, language);
    const pages: [string, string][] = [
      ['/your-details/change', t('details:change.title')],
      ['/people-you-care-for/add', t('people:add.title')],
    ];
    if (language !== 'ur' && language !== 'pl') pages.push(['/your-details', t('details:title')], ['/people-you-care-for', t('people:title')]);
    for (const [path, heading] of pages) {
      await registered.goto(path);
      await expect(registered.locator('html')).toHaveAttribute('dir', language === 'ur' ? 'rtl' : 'ltr');
      await expect(h1(registered)).toHaveText(heading);
      await expectNoAxeViolations(registered);
    }
  }
  await registered.close();
});
