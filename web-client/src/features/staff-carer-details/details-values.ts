import type { components } from '@/lib/api/schema';
import type { CarerRecord } from '@/lib/api/types';
import { carerDetailsBody, optionalText, type CarerDetailsTyped } from '@/lib/forms/carer-details-body';
import { addressLineError, townError } from '@/lib/validation/address';
import { emailError, phoneError, postcodeError } from '@/lib/validation/contact';
import { isoToDateParts, type DatePart, emptyDateParts } from '@/lib/validation/date';
import { dateOfBirthError } from '@/lib/validation/date-of-birth';
import { languageError } from '@/lib/validation/language';
import { nameError } from '@/lib/validation/name';
import { formatNhsNumber, nhsNumberError } from '@/lib/validation/nhs-number';

export type RegisterCarerByStaffRequest = components['schemas']['RegisterCarerByStaffRequest'];
export type ChangeCarerDetailsRequest = components['schemas']['ChangeCarerDetailsRequest'];

/** What staff type on the register and change forms. */
export type StaffDetailsValues = CarerDetailsTyped & {
  gpPracticeOdsCode: string;
};

export function emptyValues(nhsNumber = ''): StaffDetailsValues {
  return {
    givenName: '', familyName: '', dateOfBirth: emptyDateParts, addressLine1: '', addressLine2: '', town: '', postcode: '',
    email: '', phone: '', preferredContactChannel: '', preferredLanguage: 'en', nhsNumber: formatNhsNumber(nhsNumber), gpPracticeOdsCode: '',
  };
}

export function valuesFromRecord(record: CarerRecord): StaffDetailsValues {
  return {
    givenName: record.givenName, familyName: record.familyName, dateOfBirth: isoToDateParts(record.dateOfBirth),
    addressLine1: record.addressLine1 ?? '', addressLine2: record.addressLine2 ?? '', town: record.town ?? '', postcode: record.postcode,
    email: record.email ?? '', phone: record.phone ?? '', preferredContactChannel: record.preferredContactChannel,
    preferredLanguage: record.preferredLanguage, nhsNumber: formatNhsNumber(record.nhsNumber), gpPracticeOdsCode: record.gpPracticeOdsCode ?? '',
  };
}

const odsPattern = /^[A-Z][0-9]{5}$/;

/** The same rules the API checks, worded for staff speaking about the carer. */
export function validateDetails(values: StaffDetailsValues): { messages: Record<string, string | undefined>; dateParts: DatePart[] } {
  const dob = dateOfBirthError(values.dateOfBirth);
  const channel = values.preferredContactChannel;
  const ods = values.gpPracticeOdsCode.trim().toUpperCase();
  return {
    messages: {
      givenName: nameError(values.givenName, 'first name'),
      familyName: nameError(values.familyName, 'last name'),
      dateOfBirth: dob ? dob.message.replace('your date of birth', 'their date of birth') : undefined,
      addressLine1: addressLineError(values.addressLine1, 'Address line 1', channel === 'post', 'Enter address line 1, or choose another way to contact them'),
      addressLine2: addressLineError(values.addressLine2, 'Address line 2', false),
      town: townError(values.town, false),
      postcode: postcodeError(values.postcode, 'their'),
      email: emailError(values.email, channel === 'email'),
      phone: phoneError(values.phone, channel === 'phone' || channel === 'text'),
      preferredContactChannel: channel ? undefined : 'Select how they would like us to contact them',
      preferredLanguage: languageError(values.preferredLanguage),
      nhsNumber: nhsNumberError(values.nhsNumber),
      gpPracticeOdsCode: ods && !odsPattern.test(ods) ? 'Enter a GP practice code, like A12345' : undefined,
    },
    dateParts: dob?.parts ?? [],
  };
}

/** The body for RegisterCarerByStaff or ChangeCarerDetails; a change keeps what the form does not show (adjustments, ethnicity, work, education). */
export function toRequest(values: StaffDetailsValues, record?: CarerRecord): ChangeCarerDetailsRequest | undefined {
  const common = carerDetailsBody(values);
  if (!common) return undefined;
  return {
    ...common,
    gpPracticeOdsCode: optionalText(values.gpPracticeOdsCode.toUpperCase()),
    reasonableAdjustments: record?.reasonableAdjustments ?? [],
    ethnicity: record?.ethnicity ?? undefined,
    employmentStatus: record?.employmentStatus ?? undefined,
    educationStatus: record?.educationStatus ?? undefined,
  };
}

/** A record the matcher pointed at (409): an NHS number held, or probable matches. */
export type MatchedRecord = { id: string; text: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Reads the records a 409 names: `existingCarerId`, or the `candidates` of a probable match. */
export function matchedRecords(problem: Record<string, unknown>): { held?: MatchedRecord; candidates: MatchedRecord[] } {
  const held = typeof problem.existingCarerId === 'string' ? { id: problem.existingCarerId, text: 'the existing record' } : undefined;
  const candidates = Array.isArray(problem.candidates)
    ? problem.candidates.filter(isRecord).flatMap((c) =>
        typeof c.id === 'string'
          ? [{ id: c.id, text: `${text(c.givenName)} ${text(c.familyName)}, born ${text(c.dateOfBirth)}, ${text(c.postcode)}` }]
          : [],
      )
    : [];
  return { ...(held ? { held } : {}), candidates };
}
