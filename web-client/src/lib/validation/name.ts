import { i18n } from '@/i18n/i18n';

/** Names: required, at most 100 characters, letters from any alphabet and the marks names use. */
const namePattern = /^[\p{L}\p{M}][\p{L}\p{M} '’.-]*$/u;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function nameError(input: string, what: string, maxLength = 100): string | undefined {
  const value = input.trim();
  if (value.length === 0) return i18n.t('validation:enter', { what });
  if (value.length > maxLength) return i18n.t('validation:tooLong', { name: capitalise(what), max: maxLength });
  if (!namePattern.test(value)) return i18n.t('validation:nameCharacters', { name: capitalise(what) });
  return undefined;
}
