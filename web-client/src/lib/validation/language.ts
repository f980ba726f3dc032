const languagePattern = /^[\p{L}\p{M}][\p{L}\p{M} '’.-]*$/u;

export function languageError(input: string): string | undefined {
  const value = input.trim();
  if (value.length === 0) return 'Enter the language you would like us to use';
  if (value.length > 50) return 'Language must be 50 characters or fewer';
  if (!languagePattern.test(value)) return 'Language must only include letters';
  return undefined;
}
