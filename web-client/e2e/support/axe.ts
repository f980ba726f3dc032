import axe from 'axe-core';
import { expect, type Page } from '@playwright/test';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Violation = { id: string; impact: string; help: string; nodes: { target: string; summary: string }[] };

/**
 * Runs axe on the page as it is now; any WCAG 2.2 AA violation fails the test, listed plainly.
 *
 * axe-core is put into the document once and run there, with every rule of the WCAG 2.2 A and AA
 * tags over the whole document, as @axe-core/playwright's AxeBuilder did. The builder put axe in
 * again for every check and finished each run in a second blank page: about 1.3 seconds a check
 * on our machines against 0.1 here, and the browser tests check every page they reach. Our pages
 * have no frames, which is all the builder added.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const results = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map(
      (violation): Violation => ({
        id: violation.id,
        impact: violation.impact ?? 'unknown',
        help: violation.help,
        nodes: violation.nodes.map((node) => ({ target: node.target.join(' '), summary: node.failureSummary ?? '' })),
      }),
    );
  }, wcagTags);
  const described = violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help}\n` + violation.nodes.map((node) => `    ${node.target}: ${node.summary}`).join('\n'),
  );
  expect(described, `axe found violations on ${page.url()}`).toEqual([]);
}
