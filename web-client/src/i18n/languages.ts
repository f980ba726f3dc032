/**
 * The languages the carer journeys are offered in (SPEC §9, issue 18): English and Luton's most
 * spoken other main languages. Each name is written in its own language, as a switcher should show
 * it. Punjabi is written in Gurmukhi, the script BCP 47's `pa` means (decision 0038).
 */
export const uiLanguages = [
  { code: 'en', name: 'English', englishName: 'English', dir: 'ltr', locale: 'en-GB' },
  { code: 'ur', name: 'اردو', englishName: 'Urdu', dir: 'rtl', locale: 'ur' },
  { code: 'pl', name: 'Polski', englishName: 'Polish', dir: 'ltr', locale: 'pl' },
  { code: 'ro', name: 'Română', englishName: 'Romanian', dir: 'ltr', locale: 'ro' },
  { code: 'bn', name: 'বাংলা', englishName: 'Bengali', dir: 'ltr', locale: 'bn' },
  { code: 'pa', name: 'ਪੰਜਾਬੀ', englishName: 'Punjabi', dir: 'ltr', locale: 'pa-Guru' },
] as const;

export type UiLanguage = (typeof uiLanguages)[number]['code'];
export type UiLanguageInfo = (typeof uiLanguages)[number];

export const defaultLanguage: UiLanguage = 'en';

export function isUiLanguage(code: string | null | undefined): code is UiLanguage {
  return uiLanguages.some((language) => language.code === code);
}

export function uiLanguage(code: string | null | undefined): UiLanguageInfo {
  return uiLanguages.find((language) => language.code === code) ?? uiLanguages[0];
}
