import { i18n } from '@/i18n/i18n';

/** Format checks that help a person before they submit; the API is the judge of the rules. */

const postcodePattern = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/;

/** "lu1 1aa" or "LU11AA" becomes "LU1 1AA". */
export function normalisePostcode(input: string): string {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

export function isPostcodeFormat(input: string): boolean {
  return postcodePattern.test(normalisePostcode(input));
}

export function postcodeError(input: string, whose: 'your' | 'their' = 'your'): string | undefined {
  if (input.trim().length === 0) return whose === 'their' ? i18n.t('validation:postcodeMissingTheir') : i18n.t('validation:postcodeMissingYour');
  if (!isPostcodeFormat(input)) return i18n.t('validation:postcodeFormat');
  return undefined;
}

export function emailError(input: string, required: boolean): string | undefined {
  const value = input.trim();
  if (value.length === 0) return required ? i18n.t('validation:emailMissing') : undefined;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return i18n.t('validation:emailFormat');
  return undefined;
}

export function phoneError(input: string, required: boolean, kind: 'phone' | 'mobile' = 'phone'): string | undefined {
  const value = input.trim();
  if (value.length === 0) return required ? i18n.t(kind === 'mobile' ? 'validation:mobileMissing' : 'validation:phoneMissing') : undefined;
  if (!/^\+?[\d\s()-]{10,20}$/.test(value) || value.replace(/\D/g, '').length < 10) {
    return i18n.t(kind === 'mobile' ? 'validation:mobileFormat' : 'validation:phoneFormat');
  }
  return undefined;
}
