import { i18n } from '@/i18n/i18n';

/** The characters the API accepts in an address: letters, digits and the punctuation addresses use. */
const addressPattern = /^[\p{L}\p{M}0-9 ,.'’/&#()-]*$/u;
const townPattern = /^[\p{L}\p{M}][\p{L}\p{M} '’.-]*$/u;

export function addressLineError(input: string, name: string, required: boolean, missing = i18n.t('validation:enter', { what: name.toLowerCase() })): string | undefined {
  const value = input.trim();
  if (value.length === 0) return required ? missing : undefined;
  if (value.length > 100) return i18n.t('validation:tooLong', { name, max: 100 });
  if (!addressPattern.test(value)) return i18n.t('validation:addressCharacters', { name });
  return undefined;
}

export function townError(input: string, required = true): string | undefined {
  const value = input.trim();
  if (value.length === 0) return required ? i18n.t('validation:townMissing') : undefined;
  if (value.length > 60) return i18n.t('validation:townTooLong');
  if (!townPattern.test(value)) return i18n.t('validation:townCharacters');
  return undefined;
}
