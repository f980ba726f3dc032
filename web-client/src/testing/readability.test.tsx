import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { gradeLevel, readingCounts, visibleTextBlocks } from './readability';

describe('readingCounts', () => {
  it('counts sentences, words and syllables', () => {
    expect(readingCounts(['You are a carer. Lots of carers do not call themselves that.'])).toEqual({ sentence: 2, word: 12, syllable: 15 });
  });

  it('reads a heading or list item without a full stop as a sentence, and a carer’s as one word', () => {
    expect(readingCounts(['Help you can get', 'a carer’s assessment'])).toEqual({ sentence: 2, word: 7, syllable: 10 });
  });

  it('leaves figures out, as they have no syllables to count', () => {
    expect(readingCounts(['It takes about 5 minutes.'])).toEqual(readingCounts(['It takes about minutes.']));
  });
});

describe('visibleTextBlocks', () => {
  it('reads each block once, and not what only a screen reader or nobody hears', () => {
    const { container } = render(
      <div>
        <h1>Your breaks</h1>
        <div className="govuk-inset-text">
          <p>One paragraph</p>
        </div>
        <ul>
          <li>
            <p>Inside a list item</p>
          </li>
        </ul>
        <p>
          Change <span className="govuk-visually-hidden">your name</span>
        </p>
        <p hidden>Hidden</p>
        <a className="govuk-button" href="/sign-in">
          Start now
          <svg aria-hidden="true">
            <text>arrow</text>
          </svg>
        </a>
      </div>,
    );
    expect(visibleTextBlocks(container)).toEqual(['Your breaks', 'One paragraph', 'Inside a list item', 'Change', 'Start now']);
  });

  it('scores an empty page as NaN, which no threshold passes', () => {
    expect(gradeLevel([])).toBeNaN();
  });
});
