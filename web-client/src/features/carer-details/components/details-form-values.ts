import type { CarerRecord, ContactChannel, EducationStatus, EmploymentStatus, Ethnicity, ReasonableAdjustment, UpdateMyCarerRecordRequest } from '@/lib/api/types';
import { isoToDateParts, parseDateParts, type DateParts } from '@/lib/validation/date';
import { normalisePostcode } from '@/lib/validation/contact';
import { normaliseNhsNumber, formatNhsNumber } from '@/lib/validation/nhs-number';

/** The change-details form as typed. */
export type DetailsFormValues = {
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
  reasonableAdjustments: ReasonableAdjustment[];
  nhsNumber: string;
  ethnicity: Ethnicity | '';
  employmentStatus: EmploymentStatus | '';
  educationStatus: EducationStatus | '';
};

export function valuesFromRecord(record: CarerRecord): DetailsFormValues {
  return {
    givenName: record.givenName ?? '',
    familyName: record.familyName ?? '',
    dateOfBirth: isoToDateParts(record.dateOfBirth),
    addressLine1: record.addressLine1 ?? '',
    addressLine2: record.addressLine2 ?? '',
    town: record.town ?? '',
    postcode: record.postcode ?? '',
    email: record.email ?? '',
    phone: record.phone ?? '',
    preferredContactChannel: record.preferredContactChannel ?? '',
    preferredLanguage: record.preferredLanguage ?? '',
    reasonableAdjustments: record.reasonableAdjustments ?? [],
    nhsNumber: formatNhsNumber(record.nhsNumber),
    ethnicity: record.ethnicity ?? '',
    employmentStatus: record.employmentStatus ?? '',
    educationStatus: record.educationStatus ?? '',
  };
}

function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed.length > 0 ? trimmed : null;
}

/**
 * The PUT body: the whole set of details, as PUT replaces them. The GP practice code is not on
 * the form (staff keep it), so it is sent back as it was.
 */
export function toUpdateRequest(values: DetailsFormValues, record: CarerRecord): UpdateMyCarerRecordRequest | undefined {
  const dateOfBirth = parseDateParts(values.dateOfBirth, { name: 'Date of birth', missing: '' });
  if (!dateOfBirth.ok || !dateOfBirth.value || !values.preferredContactChannel) return undefined;
  return {
    givenName: values.givenName.trim(),
    familyName: values.familyName.trim(),
    dateOfBirth: dateOfBirth.value,
    addressLine1: optional(values.addressLine1),
    addressLine2: optional(values.addressLine2),
    town: optional(values.town),
    postcode: normalisePostcode(values.postcode),
    email: optional(values.email),
    phone: optional(values.phone),
    preferredContactChannel: values.preferredContactChannel,
    preferredLanguage: values.preferredLanguage.trim(),
    reasonableAdjustments: values.reasonableAdjustments,
    nhsNumber: optional(normaliseNhsNumber(values.nhsNumber)),
    gpPracticeOdsCode: record.gpPracticeOdsCode ?? null,
    ethnicity: values.ethnicity || undefined,
    employmentStatus: values.employmentStatus || undefined,
    educationStatus: values.educationStatus || undefined,
  };
}
