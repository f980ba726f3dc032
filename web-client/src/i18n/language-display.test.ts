import { describe, expect, it } from 'vitest';
import { languageCodeOf, languageDisplayName } from './language-display';

describe('languageDisplayName', () => {
  it('names a code in English on English pages, with the council’s own names', () => {
    expect(languageDisplayName('ur', 'en-GB')).toBe('Urdu');
    expect(languageDisplayName('bn', 'en-GB')).toBe('Bengali');
  });

  it('names a code in the pages’ language where the browser knows it', () => {
    expect(languageDisplayName('ur', 'pl').toLowerCase()).toBe('urdu');
    expect(languageDisplayName('pl', 'pl').toLowerCase()).toBe('polski');
  });

  it('shows free text from before codes as it was written', () => {
    expect(languageDisplayName('English', 'pl')).toBe('English');
    expect(languageDisplayName(null, 'pl')).toBe('');
  });
});

describe('languageCodeOf', () => {
  it('keeps a code and finds the code for an English name written before codes', () => {
    expect(languageCodeOf('ur')).toBe('ur');
    expect(languageCodeOf('English')).toBe('en');
    expect(languageCodeOf(' polish ')).toBe('pl');
    expect(languageCodeOf('Klingon')).toBe('');
  });
});
