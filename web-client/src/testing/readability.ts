import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/**
 * The reading age a page is written for, as a Flesch–Kincaid grade.
 *
 * Flesch–Kincaid answers a US school grade, and a child in grade N is about N + 5 years old, so
 * GOV.UK's "reading age of 9" is grade 4. A page may reach 4.0 and no further; as a rough guide,
 * GOV.UK's own plain-English guidance scores about grade 6, and a legal notice 12 or more.
 */
export const readingAgeNineGrade = 4;

export type ReadingCounts = { sentence: number; word: number; syllable: number };

/** What a reader reads as a run of words: headings, paragraphs, list items and buttons. */
const blockSelector = 'h1, h2, h3, h4, p, li, dt, dd, legend, label, summary, .govuk-button';

/** Text a sighted reader does not see: screen-reader-only words, hidden and decorative parts. */
const unseenSelector = '[hidden], [aria-hidden="true"], .govuk-visually-hidden, script, style, template';

/**
 * The visible text of a rendered page, block by block (jsdom has no layout, so "visible" means not
 * hidden by markup). A block holding another block gives way to it, so nothing is read twice.
 */
export function visibleTextBlocks(root: ParentNode): string[] {
  return Array.from(root.querySelectorAll<HTMLElement>(blockSelector))
    .filter((element) => !element.closest(unseenSelector) && !element.querySelector(blockSelector))
    .map((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(unseenSelector).forEach((unseen) => unseen.remove());
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    })
    .filter((text) => text.length > 0);
}

const sentences = new Intl.Segmenter('en-GB', { granularity: 'sentence' });
const words = new Intl.Segmenter('en-GB', { granularity: 'word' });

/** Words with a letter in them: `syllable` finds no syllables in "5" or "10:00", so figures are left out. */
function wordsOf(text: string): string[] {
  return Array.from(words.segment(text))
    .filter((segment) => segment.isWordLike && /\p{L}/u.test(segment.segment))
    .map((segment) => segment.segment);
}

/**
 * Sentences, words and syllables, as the Flesch formulas take them. Sentences and words are found
 * by the Unicode segmentation rules (Intl.Segmenter), syllables by `syllable`. A heading, list item
 * or button is read as a sentence of its own, with or without a full stop, as a reader takes it.
 */
export function readingCounts(blocks: readonly string[]): ReadingCounts {
  const counts: ReadingCounts = { sentence: 0, word: 0, syllable: 0 };
  for (const block of blocks) {
    for (const { segment } of sentences.segment(block)) {
      const found = wordsOf(segment);
      if (found.length === 0) continue;
      counts.sentence += 1;
      counts.word += found.length;
      counts.syllable += found.reduce((total, word) => total + syllable(word), 0);
    }
  }
  return counts;
}

/** The Flesch–Kincaid grade of some text, block by block; NaN when there is no text. */
export function gradeLevel(blocks: readonly string[]): number {
  return fleschKincaid(readingCounts(blocks));
}
