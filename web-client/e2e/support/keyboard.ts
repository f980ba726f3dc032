import { expect, type Locator, type Page } from '@playwright/test';

/*
 * The carer journeys by keyboard alone (WCAG 2.1.1, decision 0039): no click, no fill, no check.
 * Each step moves focus with Tab as a keyboard user would, and fails if the control cannot be
 * reached that way within a bounded number of presses (something not focusable, or a focus trap).
 */

/** Whether the element the locator finds (the first of several) has the focus. */
async function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluateAll((elements) => elements.includes(document.activeElement as HTMLElement));
}

/**
 * Presses Tab until the locator's element has the focus; fails after `max` presses. Starts from
 * wherever focus is (after a navigation, the page's h1 or its error summary); `backwards` presses
 * Shift+Tab, for the header's navigation above the page's heading.
 */
export async function tabTo(page: Page, target: Locator, options: { max?: number; backwards?: boolean } = {}): Promise<void> {
  const max = options.max ?? 80;
  await expect(target.first()).toBeVisible();
  for (let presses = 0; presses <= max; presses++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`tabTo: ${String(target)} was not reached with ${max} presses of ${options.backwards ? 'Shift+Tab' : 'Tab'}`);
}

/** Presses Enter on what has the focus (follows a link, presses a button, sends a form). */
export async function pressEnter(page: Page): Promise<void> {
  await page.keyboard.press('Enter');
}

/** Presses Space on what has the focus (ticks a checkbox, chooses a radio, presses a button). */
export async function pressSpace(page: Page): Promise<void> {
  await page.keyboard.press('Space');
}

/** Chooses an option of a select as a keyboard user does: Tab to it, then the arrow keys. */
export async function chooseOption(page: Page, select: Locator, value: string, { max = 250 }: { max?: number } = {}): Promise<void> {
  await tabTo(page, select);
  for (let presses = 0; presses <= max; presses += 1) {
    if ((await select.inputValue()) === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`chooseOption: option ${value} of ${String(select)} was not reached with the arrow keys`);
}

/** Types into what has the focus, key by key. */
export async function typeText(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
}

/** Tabs to a text field, clears it (select all, delete) and types into it. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await typeText(page, text);
}

/** Tabs to a link or button and presses Enter on it. */
export async function activate(page: Page, control: Locator, options: { backwards?: boolean } = {}): Promise<void> {
  await tabTo(page, control, options);
  await pressEnter(page);
}

/** Follows a link of the header's service navigation, above the page: Shift+Tab from the page's start. */
export async function openFromMenu(page: Page, name: string): Promise<void> {
  await activate(page, page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name, exact: true }), { backwards: true });
}

/**
 * Chooses a radio as a keyboard user does: Tab into its group (which lands on the chosen radio, or
 * the first), then the arrow keys, which move and choose; Space when the group has none chosen yet.
 */
export async function chooseRadio(page: Page, radio: Locator): Promise<void> {
  const name = await radio.getAttribute('name');
  const group = page.locator(`input[type="radio"][name="${name}"]`);
  await tabTo(page, group);
  const count = await group.count();
  for (let presses = 0; presses <= count; presses++) {
    if (await hasFocus(radio)) {
      if (!(await radio.isChecked())) await page.keyboard.press('Space');
      await expect(radio).toBeChecked();
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`chooseRadio: ${String(radio)} was not reached with the arrow keys`);
}

/** Tabs to a checkbox and ticks it with Space (if it is not ticked already). */
export async function tick(page: Page, checkbox: Locator): Promise<void> {
  await tabTo(page, checkbox);
  if (!(await checkbox.isChecked())) await page.keyboard.press('Space');
  await expect(checkbox).toBeChecked();
}

/**
 * After a navigation or a refused form, focus is on the page's h1 or on its error summary (or a
 * success banner, which GOV.UK Frontend focuses so its news is read first), as a screen reader needs.
 */
export async function expectFocusOnPageStart(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => {
      const active = document.activeElement;
      if (!active) return 'nothing';
      if (active.tagName === 'H1' || active.classList.contains('govuk-error-summary') || active.classList.contains('govuk-notification-banner--success')) {
        return 'h1 or error summary';
      }
      return `<${active.tagName.toLowerCase()}> "${(active.textContent ?? '').trim().slice(0, 40)}"`;
    }))
    .toBe('h1 or error summary');
}
