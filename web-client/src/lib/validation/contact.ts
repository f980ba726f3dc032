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
  if (input.trim().length === 0) return `Enter ${whose} postcode`;
  if (!isPostcodeFormat(input)) return 'Enter a full UK postcode, like LU1 2BQ';
  return undefined;
}

export function emailError(input: string, required: boolean): string | undefined {
  const value = input.trim();
  if (value.length === 0) return required ? 'Enter an email address' : undefined;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return 'Enter an email address in the correct format, like name@example.com';
  return undefined;
}

export function phoneError(input: string, required: boolean, kind: 'phone' | 'mobile' = 'phone'): string | undefined {
  const value = input.trim();
  const noun = kind === 'mobile' ? 'a mobile phone number' : 'a phone number';
  if (value.length === 0) return required ? `Enter ${noun}` : undefined;
  if (!/^\+?[\d\s()-]{10,20}$/.test(value) || value.replace(/\D/g, '').length < 10) {
    return `Enter ${noun}, like 01632 960 001, 07700 900 982 or +44 808 157 0192`;
  }
  return undefined;
}
