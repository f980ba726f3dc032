import type { CarerRecord, EducationStatus, EmploymentStatus, Ethnicity, ReasonableAdjustment, UpdateMyCarerRecordRequest } from '@/lib/api/types';
import { languageCodeOf } from '@/i18n/language-display';
import { carerDetailsBody, type CarerDetailsTyped } from '@/lib/forms/carer-details-body';
import { isoToDateParts } from '@/lib/validation/date';
import { formatNhsNumber } from '@/lib/validation/nhs-number';

/** The change-details form as typed. */
export type DetailsFormValues = CarerDetailsTyped & {
  reasonableAdjustments: ReasonableAdjustment[];
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
    preferredLanguage: languageCodeOf(record.preferredLanguage),
    reasonableAdjustments: record.reasonableAdjustments ?? [],
    nhsNumber: formatNhsNumber(record.nhsNumber),
    ethnicity: record.ethnicity ?? '',
    employmentStatus: record.employmentStatus ?? '',
    educationStatus: record.educationStatus ?? '',
  };
}

/**
 * The PUT body: the whole set of details, as PUT replaces them. The GP practice code is not on
 * the form (staff keep it), so it is sent back as it was.
 */
export function toUpdateRequest(values: DetailsFormValues, record: CarerRecord): UpdateMyCarerRecordRequest | undefined {
  const common = carerDetailsBody(values);
  if (!common) return undefined;
  return {
    ...common,
    reasonableAdjustments: values.reasonableAdjustments,
    gpPracticeOdsCode: record.gpPracticeOdsCode ?? null,
    ethnicity: values.ethnicity || undefined,
    employmentStatus: values.employmentStatus || undefined,
    educationStatus: values.educationStatus || undefined,
  };
}
