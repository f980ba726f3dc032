import { expect, test } from '@playwright/test';
import { carerWithEverything } from './support/carer-pages';
import { activate, expectFocusOnPageStart } from './support/keyboard';
import { onPage } from './support/pages';

/*
 * The carer's home page (issue 18): where a carer lands after signing in, saying what is happening
 * in their case and what to do next, each with a link to act; in Urdu too (right to left, axe
 * clean). And what it costs a cheap phone: the scripts it loads carry no source map, and no map is
 * served beside them (decision 0039).
 */

test('a carer lands on their home page, sees what is happening and what to do, and acts on it by keyboard', async ({ page }) => {
  const scripts = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.add(request.url());
  });
  const carer = await carerWithEverything(page);

  await page.goto('/');
  await onPage(page, 'Your support');
  await expect(page).toHaveURL(/\/home$/);
  const menu = page.getByRole('navigation', { name: 'Menu' });
  await expect(menu.getByRole('link').first()).toHaveText('Home');
  await expect(menu.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('.govuk-caption-l')).toHaveText(`${carer.givenName} ${carer.familyName}`);

  // Things to do: Carers Central waits for an answer, and the self-assessment is not finished.
  const todo = page.locator('.govuk-task-list');
  await expect(todo.getByRole('link', { name: 'Tell us if Carers Central can see your record' })).toBeVisible();
  await expect(todo.getByRole('link', { name: 'Finish your self-assessment' })).toHaveAttribute('href', '/your-assessment');
  const card = (title: string) => page.locator('.govuk-summary-card').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
  await expect(card('Your assessment')).toContainText('In progress');
  await expect(card('Your assessment')).toContainText('Finish your answers and send them to us.');
  await expect(card('Your support plan')).toContainText('You do not have a support plan yet.');
  await expect(card('Breaks')).toContainText('Day opportunities');
  await expect(card('Breaks')).toContainText(`for Bartholomew-Maximilian ${carer.familyName}`);
  await expect(card('Breaks')).toContainText('Asked for');
  await expect(card('Grants')).toContainText('You have no grant in progress.');
  await expect(card('Emergency plans')).toContainText(`Bartholomew-Maximilian ${carer.familyName}`);
  await expect(card('Emergency plans')).toContainText('Up to date');
  await expect(card('Emergency plans').getByRole('link', { name: 'View your emergency plans' })).toHaveAttribute('href', '/emergency-plans');

  // Acting on the first thing to do, by keyboard: the partner's referral, with focus on its page's start.
  await activate(page, todo.getByRole('link', { name: 'Tell us if Carers Central can see your record' }));
  await expect(page).toHaveURL(/\/sharing-your-information\/referrals\//);
  await expect(page.locator('h1')).toHaveCount(1);
  await expectFocusOnPageStart(page);

  // In Urdu: the same page, right to left, axe clean.
  await page.evaluate(() => localStorage.setItem('luton-carers.language', 'ur'));
  await page.goto('/home');
  await onPage(page, 'آپ کی مدد');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
  await expect(card('آپ کا جائزہ')).toContainText('جاری ہے');

  // No source maps: no script names one, and none is served beside it.
  expect(scripts.size).toBeGreaterThan(1); // the first chunk and the pages' own
  for (const url of scripts) {
    const script = await page.request.get(url);
    expect(script.status()).toBe(200);
    expect(await script.text(), `${url} names a source map`).not.toContain('sourceMappingURL');
    const map = await page.request.get(`${url}.map`);
    const body = await map.text();
    expect(map.headers()['content-type'] ?? '', `${url}.map is served`).not.toContain('json');
    expect(body, `${url}.map is served`).not.toContain('"mappings"');
  }
});
