import { mkdirSync, readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const screenshotDir = 'test-results/screenshots';

/**
 * Every page visited is checked the same way: its one h1, a title of its own ending in the
 * service name, and no axe violation.
 */
export async function onPage(page: Page, heading: string | RegExp): Promise<void> {
  // Visible ones: React keeps a page it is replacing in the document, hidden (display: none), while the
  // next suspends; seen once on the GP worklist after the route split. Hidden, no one perceives it.
  const h1 = page.locator('h1:visible');
  await expect(h1).toHaveCount(1);
  await expect(h1).toHaveText(heading);
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
  await expect(page).toHaveTitle(/ - Luton Carers$/);
  await expectNoAxeViolations(page);
}

/** "Error: {{title}}" in a language's own words (src/locales/<language>/common.json), as a regular expression for the title's start. */
function errorTitleStart(language: string): RegExp {
  const common = JSON.parse(readFileSync(`src/locales/${language}/common.json`, 'utf8')) as { errorTitle: string };
  const start = common.errorTitle.split('{{title}}')[0] ?? '';
  return new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/** After a submission that should fail: the error summary is shown, focused, and in the title (in the page's language). */
export async function expectErrorSummary(page: Page, message: string | RegExp): Promise<void> {
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(message);
  const language = (await page.locator('html').getAttribute('lang')) ?? 'en';
  await expect(page).toHaveTitle(errorTitleStart(language));
  await expectNoAxeViolations(page);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage: true });
}

export async function continueButton(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Continue' }).click();
}

export async function fillDate(group: Locator, day: string, month: string, year: string): Promise<void> {
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}

/** The personas the local provider offers to carers; the others are staff. */
const carerPersonas = ['Sam, a carer already registered', 'A new carer', "A young carer's parent"];

/**
 * Signing in exactly as production does (decision 0033): the SPA's sign-in button, the identity
 * provider's own page (here the local one: a persona, or "Someone else" with a role and subject),
 * and back to the SPA, which redeems the code. Checks both pages on the way (axe included) only
 * when asked, to keep journeys quick.
 */
export async function throughProvider(
  page: Page,
  kind: 'carer' | 'staff',
  choose: (provider: Page) => Promise<void>,
  options: { check?: boolean } = {},
): Promise<void> {
  await page.goto('/sign-in');
  if (options.check) await onPage(page, 'Sign in to Luton Carers');
  await fromSignInPage(page, kind, choose, options);
}

/** From the SPA's sign-in page, already open: its button, the provider's page, and back. */
async function fromSignInPage(page: Page, kind: 'carer' | 'staff', choose: (provider: Page) => Promise<void>, options: { check?: boolean } = {}) {
  await page.getByRole('button', { name: kind === 'carer' ? 'Sign in as a carer' : 'Sign in as council or partner staff' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Development sign-in' })).toBeVisible();
  if (options.check) await expectNoAxeViolations(page);
  await choose(page);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/signed-in' && !url.pathname.startsWith('/connect/'));
}

const kindOf = (persona: string) => (carerPersonas.includes(persona) ? 'carer' : 'staff');

export async function signInAs(page: Page, persona: string, options: { check?: boolean } = {}): Promise<void> {
  await throughProvider(page, kindOf(persona), (provider) => provider.getByLabel(persona, { exact: true }).check(), options);
}

/** Signs in as a persona from the SPA's sign-in page, already open (where a journey was sent to sign in). */
export async function signInHere(page: Page, persona: string): Promise<void> {
  await fromSignInPage(page, kindOf(persona), (provider) => provider.getByLabel(persona, { exact: true }).check());
}

/** Letters only, as names allow: a surname no other run has used. */
export function uniqueSurname(prefix: string): string {
  const letters = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
  return `${prefix}${letters}`;
}
