/** Names: required, at most 100 characters, letters from any alphabet and the marks names use. */
const namePattern = /^[\p{L}\p{M}][\p{L}\p{M} '’.-]*$/u;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function nameError(input: string, what: string, maxLength = 100): string | undefined {
  const value = input.trim();
  if (value.length === 0) return `Enter ${what}`;
  if (value.length > maxLength) return `${capitalise(what)} must be ${maxLength} characters or fewer`;
  if (!namePattern.test(value)) return `${capitalise(what)} must only include letters, spaces, hyphens and apostrophes`;
  return undefined;
}
