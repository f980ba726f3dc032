import { expect, type Locator, type Page } from '@playwright/test';

/*
 * Keyboard only: the journeys that use these press Tab, Shift+Tab, Enter, Space, arrow keys and
 * type, as someone without a mouse does. No click, check, fill or selectOption: each would reach
 * the element without going through the page's tab order, which is what these tests check.
 */

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** Presses Tab (or Shift+Tab) until the element has focus; fails after `max` presses, so a trap or a missing stop shows. */
export async function tabTo(page: Page, locator: Locator, { max = 60, backwards = false }: { max?: number; backwards?: boolean } = {}): Promise<void> {
  await expect(locator).toBeVisible();
  for (let presses = 0; presses <= max; presses += 1) {
    if (await isFocused(locator)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${String(locator)} was not reached in ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

export async function pressEnter(page: Page): Promise<void> {
  await page.keyboard.press('Enter');
}

export async function pressSpace(page: Page): Promise<void> {
  await page.keyboard.press('Space');
}

/** Types into the focused field, key by key. */
export async function typeText(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
}

/** Tabs to a field and types into it. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await typeText(page, text);
}

/**
 * Chooses a radio as a keyboard user does: Tab into its group (one tab stop), then the arrow keys
 * (which select as they move) until it has focus, and Space to be sure it is selected.
 */
export async function chooseRadio(page: Page, radio: Locator, { max = 30 }: { max?: number } = {}): Promise<void> {
  const name = await radio.getAttribute('name');
  for (let presses = 0; presses <= 60; presses += 1) {
    const inGroup = await page.evaluate((group) => {
      const active = document.activeElement;
      return active instanceof HTMLInputElement && active.type === 'radio' && active.name === group;
    }, name);
    if (inGroup) break;
    await page.keyboard.press('Tab');
  }
  for (let presses = 0; presses <= max; presses += 1) {
    if (await isFocused(radio)) {
      await pressSpace(page);
      await expect(radio).toBeChecked();
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`${String(radio)} was not reached with the arrow keys`);
}

/** Tabs to a checkbox and ticks it with Space. */
export async function tick(page: Page, checkbox: Locator): Promise<void> {
  await tabTo(page, checkbox);
  await pressSpace(page);
  await expect(checkbox).toBeChecked();
}

/** Tabs to a button or link and presses Enter. */
export async function activate(page: Page, control: Locator): Promise<void> {
  await tabTo(page, control);
  await pressEnter(page);
}

/** Chooses an option of a focused-by-Tab select with the arrow keys, as a keyboard user does. */
export async function chooseOption(page: Page, select: Locator, value: string, { max = 250 }: { max?: number } = {}): Promise<void> {
  await tabTo(page, select);
  for (let presses = 0; presses <= max; presses += 1) {
    if ((await select.inputValue()) === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`${String(select)}: option ${value} not reached with the arrow keys`);
}

/** After an in-app navigation or a failed submission, focus is on the page's h1 or on the error summary. */
export async function expectFocusOnHeadingOrErrorSummary(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const active = document.activeElement;
        if (!active) return 'nothing';
        if (active.tagName === 'H1') return 'heading';
        if (active.classList.contains('govuk-error-summary')) return 'error summary';
        return `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}`;
      }),
    )
    .toMatch(/^(heading|error summary)$/);
}
