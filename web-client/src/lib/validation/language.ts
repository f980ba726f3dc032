import { isLanguageCode } from '@/lib/language-names';

/** A preferred language is an ISO 639-1 code chosen from the list (SPEC §9). */
export function languageError(input: string): string | undefined {
  return isLanguageCode(input) ? undefined : 'Select the language you would like us to use';
}
