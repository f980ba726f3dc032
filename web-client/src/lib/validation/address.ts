/** The characters the API accepts in an address: letters, digits and the punctuation addresses use. */
const addressPattern = /^[\p{L}\p{M}0-9 ,.'’/&#()-]*$/u;
const townPattern = /^[\p{L}\p{M}][\p{L}\p{M} '’.-]*$/u;

export function addressLineError(input: string, name: string, required: boolean, missing = `Enter ${name.toLowerCase()}`): string | undefined {
  const value = input.trim();
  if (value.length === 0) return required ? missing : undefined;
  if (value.length > 100) return `${name} must be 100 characters or fewer`;
  if (!addressPattern.test(value)) return `${name} must only include letters, numbers and , . ' / & # ( ) -`;
  return undefined;
}

export function townError(input: string, required = true): string | undefined {
  const value = input.trim();
  if (value.length === 0) return required ? 'Enter town or city' : undefined;
  if (value.length > 60) return 'Town or city must be 60 characters or fewer';
  if (!townPattern.test(value)) return 'Town or city must only include letters, spaces, hyphens and apostrophes';
  return undefined;
}
