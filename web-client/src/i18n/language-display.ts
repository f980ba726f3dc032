import type { LanguageCode } from '@/lib/api/types';
import { languageNames } from '@/lib/language-names';
import { currentLocale } from './i18n';

export function isLanguageCode(code: string | null | undefined): code is LanguageCode {
  return typeof code === 'string' && Object.hasOwn(languageNames, code);
}

/**
 * A language's name in the pages' language ("Urdu", "urdu" in Polish, "اردو" in Urdu) from the
 * browser's CLDR names (Intl.DisplayNames), else its English name from src/lib/language-names.ts.
 * English pages keep the English names the council uses (Bengali, not CLDR's Bangla). A value that
 * is not a code (a record from before codes, "English") is shown as it was written.
 */
export function languageDisplayName(code: string | null | undefined, locale: string = currentLocale()): string {
  if (!code) return '';
  if (!isLanguageCode(code)) return code;
  if (locale.startsWith('en')) return languageNames[code];
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
    return name && name !== code ? name : languageNames[code];
  } catch {
    return languageNames[code];
  }
}

/**
 * The code for a record's language: a code as it is, or the code whose English name a record from
 * before codes holds ("English", "urdu"); '' when neither, so the form asks again.
 */
export function languageCodeOf(value: string | null | undefined): LanguageCode | '' {
  if (!value) return '';
  if (isLanguageCode(value)) return value;
  const name = value.trim().toLowerCase();
  const match = (Object.keys(languageNames) as LanguageCode[]).find((code) => languageNames[code].toLowerCase() === name);
  return match ?? '';
}
