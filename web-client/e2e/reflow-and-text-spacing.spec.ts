import { expect, test, type Page } from '@playwright/test';
import { carerPagePatterns, carerPageUrl, carerWithEverything } from './support/carer-pages';
import { throughProvider } from './support/pages';

/*
 * Accessible beyond axe (WCAG 2.2 AA, decision 0039), on EVERY carer page, listed from the router:
 * - Reflow (1.4.10): at 320 CSS pixels wide (1280 at 400% zoom) nothing needs scrolling sideways.
 * - Text spacing (1.4.12): with line height 1.5, paragraph spacing 2em, letter spacing 0.12em and
 *   word spacing 0.16em forced on everything, no content is cut off (no element that hides or clips
 *   its overflow has more content than room), and still nothing scrolls sideways.
 * The pages show a carer with something in every section (long names and a long email address
 * included). Each page is opened in the app (as a link would), not loaded again, to keep the suite short.
 */

test.use({ viewport: { width: 320, height: 640 }, bypassCSP: true }); // the override is a <style> the policy would refuse

const textSpacing = `
  *, *::before, *::after { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

type Finding = { page: string; problem: string };

/** Opens a page inside the app (React Router hears popstate) and waits for its own h1, loaded. */
async function openInApp(page: Page, url: string): Promise<void> {
  await page.evaluate((to) => {
    if (window.location.pathname === to) return; // already there
    document.querySelector('h1')?.setAttribute('data-previous-page', '');
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, url);
  await expect(page.locator('h1:not([data-previous-page])'), `${url} shows a page of its own`).toHaveCount(1);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
}

/** What scrolls sideways: the document's width beyond the window's, and the widest elements that cause it. */
async function horizontalScroll(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const over = document.documentElement.scrollWidth - window.innerWidth;
    if (over <= 0) return null;
    const culprits = Array.from(document.body.querySelectorAll<HTMLElement>('*'))
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
      .filter((element) => !Array.from(element.children).some((child) => child.getBoundingClientRect().right > window.innerWidth + 1))
      .slice(0, 3)
      .map((element) => `<${element.tagName.toLowerCase()} class="${element.className}">${(element.textContent ?? '').trim().slice(0, 40)}`);
    return `scrolls ${over}px sideways: ${culprits.join('; ')}`;
  });
}

/** Elements that hide or clip what overflows them and have more content than room (screen-reader-only text aside). */
async function clippedContent(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.body.querySelectorAll<HTMLElement>('*'))
      .filter((element) => {
        const style = getComputedStyle(element);
        const clips = [style.overflowX, style.overflowY].some((value) => value === 'hidden' || value === 'clip');
        if (!clips || style.display === 'none' || style.visibility === 'hidden') return false;
        if (element.clientWidth <= 1 || element.clientHeight <= 1) return false; // govuk-visually-hidden: for screen readers, 1px on purpose
        // A text field scrolls its own value as the caret moves: nothing in it is lost.
        if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return false;
        return element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1;
      })
      .slice(0, 3)
      .map((element) => `<${element.tagName.toLowerCase()} class="${element.className}"> cuts off "${(element.textContent ?? '').trim().slice(0, 40)}"`),
  );
}

async function checkPage(page: Page, url: string, findings: Finding[]): Promise<void> {
  await openInApp(page, url);
  const scroll = await horizontalScroll(page);
  if (scroll) findings.push({ page: url, problem: `at 320px ${scroll}` });

  const style = await page.addStyleTag({ content: textSpacing });
  for (const clipped of await clippedContent(page)) findings.push({ page: url, problem: `with text spacing, ${clipped}` });
  const spacedScroll = await horizontalScroll(page);
  if (spacedScroll) findings.push({ page: url, problem: `with text spacing, ${spacedScroll}` });
  await style.evaluate((element) => (element as HTMLElement).remove());
}

test('every carer page reflows at 320 pixels and keeps its content with text spacing overridden', async ({ page }) => {
  test.setTimeout(240_000);
  const patterns = carerPagePatterns();
  // The router's carer area, found: the home page, Your details and a journey's question pages among them.
  expect(patterns).toEqual(expect.arrayContaining(['/home', '/your-details', '/grants/apply/amount', '/your-assessment/:assessmentId/:questionId']));

  const carer = await carerWithEverything(page);
  await page.goto('/home'); // loaded afresh: the app read "not registered" before the set-up registered them
  await expect(page.locator('h1')).toHaveText('Your support');
  const findings: Finding[] = [];
  const registered = patterns.filter((pattern) => pattern !== '/register' && !pattern.startsWith('/register/'));
  for (const pattern of registered) await checkPage(page, carerPageUrl(pattern, carer.values), findings);
  // The public pages a carer reaches from their navigation and the footer.
  for (const url of ['/directory', '/accessibility', '/privacy']) await checkPage(page, url, findings);
  expect(findings, findings.map((finding) => `${finding.page}: ${finding.problem}`).join('\n')).toEqual([]);
});

test('every registration page reflows at 320 pixels and keeps its content with text spacing overridden', async ({ page }) => {
  const patterns = carerPagePatterns().filter((pattern) => pattern === '/register' || pattern.startsWith('/register/'));
  expect(patterns).toEqual(expect.arrayContaining(['/register', '/register/who', '/register/check-answers']));
  // Someone signed in who has not registered: the registration pages are theirs.
  await throughProvider(page, 'carer', (provider) => provider.getByLabel('A new carer', { exact: true }).check());
  await expect(page).toHaveURL(/\/register$/);
  const findings: Finding[] = [];
  for (const pattern of patterns) await checkPage(page, pattern, findings);
  expect(findings, findings.map((finding) => `${finding.page}: ${finding.problem}`).join('\n')).toEqual([]);
});
