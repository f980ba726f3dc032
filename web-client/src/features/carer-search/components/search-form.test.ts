import { describe, expect, it } from 'vitest';
import { searchReasonError, validateSearch } from './search-form';

const empty = { accessReason: 'casework' as const, name: '', dateOfBirth: { day: '', month: '', year: '' }, postcode: '', nhsNumber: '' };

describe('validateSearch', () => {
  it('needs a reason first, as the search shows carers’ personal data (decision 0025)', () => {
    const result = validateSearch({ ...empty, accessReason: '', name: 'sam' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.summary).toEqual([{ text: searchReasonError, href: '#accessReason' }]);
  });

  it('needs at least one thing to search for', () => {
    const result = validateSearch(empty);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.summary).toEqual([{ text: 'Enter a name, date of birth, postcode or NHS number to search for', href: '#name' }]);
  });

  it('sends only what was given, tidied', () => {
    expect(validateSearch({ ...empty, name: ' sam smi ', postcode: 'lu1', nhsNumber: '943 476 5919' })).toEqual({
      ok: true,
      criteria: { name: 'sam smi', postcode: 'LU1', nhsNumber: '9434765919' },
      accessReason: 'casework',
    });
    expect(validateSearch({ ...empty, dateOfBirth: { day: '1', month: '2', year: '1970' } })).toEqual({
      ok: true,
      criteria: { dateOfBirth: '1970-02-01' },
      accessReason: 'casework',
    });
  });

  it('points at each criterion that cannot be right', () => {
    const result = validateSearch({ ...empty, postcode: 'Luton', nhsNumber: '123', dateOfBirth: { day: '1', month: '', year: '1970' } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.summary.map((entry) => entry.href)).toEqual(['#dateOfBirth-month', '#postcode', '#nhsNumber']);
      expect(result.dateParts).toEqual(['month']);
    }
  });
});
