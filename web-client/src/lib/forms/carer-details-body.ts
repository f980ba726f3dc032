import type { ContactChannel } from '@/lib/api/types';
import { isLanguageCode } from '@/lib/language-names';
import { normalisePostcode } from '@/lib/validation/contact';
import { parseDateParts, type DateParts } from '@/lib/validation/date';
import { normaliseNhsNumber } from '@/lib/validation/nhs-number';

/** The details a carer's own change form and the staff register and change forms have in common, as typed. */
export type CarerDetailsTyped = {
  givenName: string;
  familyName: string;
  dateOfBirth: DateParts;
  addressLine1: string;
  addressLine2: string;
  town: string;
  postcode: string;
  email: string;
  phone: string;
  preferredContactChannel: ContactChannel | '';
  preferredLanguage: string;
  nhsNumber: string;
};

/** An optional text field as the API takes it: trimmed, and null when empty. */
export function optionalText(value: string): string | null {
  const trimmed = value.trim();
  return trimmed.length > 0 ? trimmed : null;
}

/**
 * Those details as the API takes them (trimmed; empty is null; postcode and NHS number normalised),
 * or undefined while the date of birth, the contact channel or the language is not yet valid.
 */
export function carerDetailsBody(values: CarerDetailsTyped) {
  const dateOfBirth = parseDateParts(values.dateOfBirth, { name: 'Date of birth', missing: '' });
  const language = values.preferredLanguage;
  if (!dateOfBirth.ok || !dateOfBirth.value || !values.preferredContactChannel || !isLanguageCode(language)) return undefined;
  return {
    givenName: values.givenName.trim(),
    familyName: values.familyName.trim(),
    dateOfBirth: dateOfBirth.value,
    addressLine1: optionalText(values.addressLine1),
    addressLine2: optionalText(values.addressLine2),
    town: optionalText(values.town),
    postcode: normalisePostcode(values.postcode),
    email: optionalText(values.email),
    phone: optionalText(values.phone),
    preferredContactChannel: values.preferredContactChannel,
    preferredLanguage: language,
    nhsNumber: optionalText(normaliseNhsNumber(values.nhsNumber)),
  };
}
