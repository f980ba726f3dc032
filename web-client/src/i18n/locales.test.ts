import { describe, expect, it } from 'vitest';
import { uiLanguages } from './languages';
import { namespaces } from './namespaces';

type Messages = { [key: string]: string | Messages };

const files = import.meta.glob<Messages>('../locales/*/*.json', { eager: true, import: 'default' });
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function messages(language: string, namespace: string): Messages | undefined {
  return files[`../locales/${language}/${namespace}.json`];
}

/** Every message as [dotted key, text], leaving out the file's _meta. */
function flatten(tree: Messages, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    if (prefix === '' && key === '_meta') return [];
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[path, value] as [string, string]] : flatten(value, path);
  });
}

/** The keys a language must have for an English key: plural keys need the language's own plural forms. */
function expectedKeys(englishKeys: string[], locale: string): string[] {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of englishKeys) {
    const base = key.replace(pluralSuffix, '');
    if (base === key) keys.add(key);
    else for (const category of categories) keys.add(`${base}_${category}`);
  }
  return [...keys].sort();
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).sort();

describe('translations', () => {
  describe.each(uiLanguages.map((language) => [language.code, language] as const))('%s', (code, language) => {
    it.each([...namespaces])('has %s with its review status and every English key, no other', (namespace) => {
      const english = messages('en', namespace);
      const translated = messages(code, namespace);
      expect(english, `src/locales/en/${namespace}.json`).toBeDefined();
      expect(translated, `src/locales/${code}/${namespace}.json`).toBeDefined();
      const meta = translated!._meta as Messages | undefined;
      expect(['approved', 'awaitingReview']).toContain(meta?.reviewStatus);
      expect(['original', 'humanTranslated', 'machineAssisted']).toContain(meta?.method);
      if (meta?.method === 'machineAssisted') expect(meta.reviewStatus).toBe('awaitingReview');

      const englishMessages = Object.fromEntries(flatten(english!));
      const translatedMessages = Object.fromEntries(flatten(translated!));
      const wanted = code === 'en' ? Object.keys(englishMessages).sort() : expectedKeys(Object.keys(englishMessages), language.locale);
      expect(Object.keys(translatedMessages).sort()).toEqual(wanted);
      for (const key of wanted) {
        const source = englishMessages[key] ?? englishMessages[`${key.replace(pluralSuffix, '')}_other`] ?? '';
        expect(translatedMessages[key]?.trim(), `${code}/${namespace}: ${key} is empty`).not.toBe('');
        expect(placeholders(translatedMessages[key] ?? ''), `${code}/${namespace}: ${key} placeholders`).toEqual(
          expect.arrayContaining(placeholders(source).filter((name) => name !== 'count')),
        );
      }
    });
  });

  it('finds a missing key (the check can fail)', () => {
    expect(expectedKeys(['a', 'b_one', 'b_other'], 'pl')).toEqual(['a', 'b_few', 'b_many', 'b_one', 'b_other']);
    expect(flatten({ _meta: { reviewStatus: 'approved' }, a: { b: 'x' } })).toEqual([['a.b', 'x']]);
  });
});
