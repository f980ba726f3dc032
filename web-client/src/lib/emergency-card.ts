/**
 * The emergency card number: 12 digits, the last a check digit the API verifies (Verhoeff).
 * People read it aloud in groups of four, so it is shown that way and typed with or without
 * spaces or hyphens. Nothing else is on the card: no name, no address.
 */

/** The digits alone, as the API stores them. */
export function normaliseCardNumber(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/** "8612 0339 9820"; anything not 12 digits is shown as it is. */
export function formatCardNumber(cardNumber: string): string {
  const digits = normaliseCardNumber(cardNumber);
  return /^\d{12}$/.test(digits) ? `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}` : cardNumber;
}

/**
 * What is wrong with a typed card number before it is looked up, or undefined. Only its shape
 * is checked here; the API checks the check digit and says so.
 */
export function cardNumberError(input: string): string | undefined {
  const digits = normaliseCardNumber(input.trim());
  if (digits === '') return 'Enter the emergency card number';
  if (!/^\d+$/.test(digits)) return 'The emergency card number must only include numbers 0 to 9';
  if (digits.length !== 12) return 'The emergency card number must be 12 digits';
  return undefined;
}
