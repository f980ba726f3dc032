import { describe, expect, it } from 'vitest';
import type { CarerRecord } from '@/lib/api/types';
import { toUpdateRequest, valuesFromRecord } from './details-form-values';

const record: CarerRecord = {
  id: '6c1f0b8e-0000-4000-8000-000000000001',
  givenName: 'Sam',
  familyName: 'Smith',
  dateOfBirth: '1970-01-31',
  category: 'adultCarer',
  registeredBy: 'self',
  email: 'sam@example.com',
  phone: null,
  addressLine1: '1 Park Street',
  addressLine2: null,
  town: 'Luton',
  postcode: 'LU1 3AB',
  preferredLanguage: 'en',
  preferredContactChannel: 'email',
  reasonableAdjustments: ['bsl'],
  nhsNumber: '9434765919',
  gpPracticeOdsCode: 'E81001',
  identification: { source: 'selfRegistration', identifiedAt: '2025-01-01T10:00:00Z' },
  caredForPeople: [],
  consents: [],
  referrals: [],
};

describe('change details form values', () => {
  it('starts from the record as the carer would type it', () => {
    expect(valuesFromRecord(record)).toMatchObject({
      dateOfBirth: { day: '31', month: '1', year: '1970' },
      phone: '',
      nhsNumber: '943 476 5919',
      ethnicity: '',
      // Written before codes: the form offers the code for it.
      preferredLanguage: 'en',
    });
  });

  it('sends the whole set of details back, keeping the GP practice staff recorded', () => {
    const values = { ...valuesFromRecord(record), phone: ' 01582 123456 ', postcode: 'lu2 7ab', email: '' };
    expect(toUpdateRequest(values, record)).toEqual({
      givenName: 'Sam',
      familyName: 'Smith',
      dateOfBirth: '1970-01-31',
      addressLine1: '1 Park Street',
      addressLine2: null,
      town: 'Luton',
      postcode: 'LU2 7AB',
      email: null,
      phone: '01582 123456',
      preferredContactChannel: 'email',
      preferredLanguage: 'en',
      reasonableAdjustments: ['bsl'],
      nhsNumber: '9434765919',
      gpPracticeOdsCode: 'E81001',
      ethnicity: undefined,
      employmentStatus: undefined,
      educationStatus: undefined,
    });
  });

  it('gives nothing for an unreadable date of birth', () => {
    expect(toUpdateRequest({ ...valuesFromRecord(record), dateOfBirth: { day: '31', month: '2', year: '1970' } }, record)).toBeUndefined();
  });
});
