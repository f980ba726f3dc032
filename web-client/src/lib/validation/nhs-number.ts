import { i18n } from '@/i18n/i18n';

/** NHS numbers: 10 digits, the last a Modulus 11 check digit (weights 10 down to 2). */

/** Digits only: people type NHS numbers with spaces or dashes, as printed ("943 476 5919"). */
export function normaliseNhsNumber(input: string): string {
  return input.replace(/[\s-]/g, '');
}

export function isValidNhsNumber(input: string): boolean {
  const digits = normaliseNhsNumber(input);
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 9; index += 1) {
    sum += Number(digits[index]) * (10 - index);
  }
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** "943 476 5919", the 3-3-4 grouping the NHS prints. */
export function formatNhsNumber(input: string | null | undefined): string {
  if (!input) return '';
  const digits = normaliseNhsNumber(input);
  return /^\d{10}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : input;
}

/** The message for an NHS number a person typed, or undefined if it is fine (or optional and empty). */
export function nhsNumberError(input: string, required = false): string | undefined {
  const digits = normaliseNhsNumber(input);
  if (digits.length === 0) return required ? i18n.t('validation:nhsMissing') : undefined;
  if (!/^\d+$/.test(digits)) return i18n.t('validation:nhsDigits');
  if (digits.length !== 10) return i18n.t('validation:nhsLength');
  if (!isValidNhsNumber(digits)) return i18n.t('validation:nhsReal');
  return undefined;
}
