import { describe, expect, it } from 'vitest';
import { emptyDateParts } from '@/lib/validation/date';
import { completeToRequest, deadlineColour, deadlineText, fallbackFileName, recordToRequest, type RecordValues } from './requests';

const today = '2026-12-01';

const valid: RecordValues = {
  carerId: 'c1',
  receivedOn: { day: '30', month: '11', year: '2026' },
  receivedBy: 'post',
  requester: 'carer',
  representativeName: '',
  representativeRelationship: '',
  authorityChecked: '',
  identityVerifiedBy: ' Signature and date of birth match ',
};

describe('the deadline of a subject access request', () => {
  it('counts days left, today and overdue, and names a closed request', () => {
    expect(deadlineText({ status: 'received', daysLeft: 12 })).toBe('12 days left');
    expect(deadlineText({ status: 'received', daysLeft: 1 })).toBe('1 day left');
    expect(deadlineText({ status: 'received', daysLeft: 0 })).toBe('Due today');
    expect(deadlineText({ status: 'received', daysLeft: -1 })).toBe('1 day overdue');
    expect(deadlineText({ status: 'received', daysLeft: -4 })).toBe('4 days overdue');
    expect(deadlineText({ status: 'sent', daysLeft: null })).toBe('Sent');
    expect(deadlineText({ status: 'refused', daysLeft: null })).toBe('Refused');
  });

  it('colours overdue red and the last week yellow', () => {
    expect(deadlineColour({ status: 'received', daysLeft: -1 })).toBe('red');
    expect(deadlineColour({ status: 'received', daysLeft: 7 })).toBe('yellow');
    expect(deadlineColour({ status: 'received', daysLeft: 8 })).toBe('blue');
    expect(deadlineColour({ status: 'sent', daysLeft: null })).toBe('green');
  });

  it('saves a download under the name the API uses when it gives none', () => {
    expect(fallbackFileName('json', today)).toBe('luton-carers-data-2026-12-01.json');
    expect(fallbackFileName('html', today)).toBe('luton-carers-data-2026-12-01.html');
  });
});

describe('recording a request', () => {
  it('sends the carer’s own request without a representative, text trimmed', () => {
    expect(recordToRequest(valid, today)).toEqual({
      ok: true,
      body: { carerId: 'c1', receivedOn: '2026-11-30', receivedBy: 'post', requester: 'carer', identityVerifiedBy: 'Signature and date of birth match' },
    });
  });

  it('needs a representative’s name, relationship and whether their authority was checked', () => {
    const result = recordToRequest({ ...valid, requester: 'representative' }, today);
    expect(result.ok ? {} : result.errors).toMatchObject({
      representativeName: 'Enter the representative’s name',
      representativeRelationship: 'Enter how they are related to the carer',
      authorityChecked: 'Select whether their authority to act was checked',
    });
    const acting = recordToRequest({ ...valid, requester: 'representative', representativeName: 'Olu', representativeRelationship: 'Son', authorityChecked: 'no' }, today);
    expect(acting.ok ? acting.body.representative : undefined).toEqual({ name: 'Olu', relationship: 'Son', authorityChecked: false });
  });

  it('refuses a missing carer, a future date, no channel and markup', () => {
    const result = recordToRequest(
      { ...valid, carerId: '', receivedOn: { day: '2', month: '12', year: '2026' }, receivedBy: '', identityVerifiedBy: '<b>' },
      today,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.carerId).toBe('Choose the carer the request is about');
    expect(result.errors.receivedOn).toBe('The date received must be today or in the past');
    expect(result.errors.receivedBy).toBe('Select how the request was received');
    expect(result.errors.identityVerifiedBy).toBe('How identity was checked must not include < or >');
  });
});

describe('closing a request', () => {
  it('is sent today unless a date is given, never before it was received', () => {
    expect(completeToRequest({ outcome: 'sent', sentOn: emptyDateParts, refusalReason: '' }, '2026-11-20', today)).toEqual({ ok: true, body: { outcome: 'sent' } });
    expect(completeToRequest({ outcome: 'sent', sentOn: { day: '25', month: '11', year: '2026' }, refusalReason: '' }, '2026-11-20', today)).toEqual({
      ok: true,
      body: { outcome: 'sent', sentOn: '2026-11-25' },
    });
    expect(completeToRequest({ outcome: 'sent', sentOn: { day: '19', month: '11', year: '2026' }, refusalReason: '' }, '2026-11-20', today)).toEqual({
      ok: false,
      errors: { sentOn: 'The date it was sent cannot be before the date it was received' },
    });
  });

  it('needs an outcome, and a reason to refuse', () => {
    expect(completeToRequest({ outcome: '', sentOn: emptyDateParts, refusalReason: '' }, '2026-11-20', today).ok).toBe(false);
    expect(completeToRequest({ outcome: 'refused', sentOn: emptyDateParts, refusalReason: ' ' }, '2026-11-20', today)).toEqual({
      ok: false,
      errors: { refusalReason: 'Enter why the request is refused' },
    });
    expect(completeToRequest({ outcome: 'refused', sentOn: emptyDateParts, refusalReason: 'Identity not confirmed' }, '2026-11-20', today)).toEqual({
      ok: true,
      body: { outcome: 'refused', refusalReason: 'Identity not confirmed' },
    });
  });
});
