import { describe, expect, it } from 'vitest';
import { formatInWords, informationFormatLabels, isInformationSubject, languageName } from './information-formats';

describe('information formats in words', () => {
  it('names each format, and another language by the language', () => {
    expect(formatInWords('largePrint')).toBe('Large print');
    expect(formatInWords('bslVideo', null)).toBe('British Sign Language (BSL) video');
    expect(formatInWords('anotherLanguage', 'ur')).toBe('Urdu');
    expect(formatInWords('anotherLanguage', null)).toBe('Another language');
  });

  it('prefers the names the API gives for its languages', () => {
    expect(formatInWords('anotherLanguage', 'ny', { ny: 'Chichewa' })).toBe('Chichewa');
  });

  it('gives the code back when no list knows it', () => {
    expect(languageName('zz')).toBe('zz');
    expect(languageName(undefined)).toBe('');
  });

  it('has words for every format and knows the subjects', () => {
    expect(Object.keys(informationFormatLabels)).toHaveLength(6);
    expect(isInformationSubject('supportPlan')).toBe(true);
    expect(isInformationSubject('toString')).toBe(false);
    expect(isInformationSubject(null)).toBe(false);
  });
});
