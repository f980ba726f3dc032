import { describe, expect, it } from 'vitest';
import { emptyValues, matchedRecords, toRequest, validateDetails } from './details-values';

describe('staff carer details', () => {
  const filled = {
    ...emptyValues('9434765919'),
    givenName: 'Dara',
    familyName: 'Phonecaller',
    dateOfBirth: { day: '30', month: '9', year: '1968' },
    postcode: 'lu48qq',
    phone: '01582 123456',
    preferredContactChannel: 'phone' as const,
    gpPracticeOdsCode: 'a12345',
  };

  it('starts from the NHS number a GP flagged, formatted', () => {
    expect(emptyValues('9434765919').nhsNumber).toBe('943 476 5919');
  });

  it('builds the request with the NHS number and practice code normalised', () => {
    const body = toRequest(filled);
    expect(body?.nhsNumber).toBe('9434765919');
    expect(body?.gpPracticeOdsCode).toBe('A12345');
    expect(body?.postcode).toBe('LU4 8QQ');
    expect(body?.dateOfBirth).toBe('1968-09-30');
  });

  it('speaks about the carer, not to them', () => {
    const { messages } = validateDetails({ ...filled, dateOfBirth: { day: '', month: '', year: '' }, preferredContactChannel: '' });
    expect(messages.preferredContactChannel).toContain('they');
    expect(validateDetails(filled).messages.gpPracticeOdsCode).toBeUndefined();
    expect(validateDetails({ ...filled, gpPracticeOdsCode: 'X1' }).messages.gpPracticeOdsCode).toBeDefined();
  });

  it('reads the records a 409 points at', () => {
    expect(matchedRecords({ existingCarerId: 'a' }).held?.id).toBe('a');
    const { candidates } = matchedRecords({ candidates: [{ id: 'b', givenName: 'Amy', familyName: 'Test', dateOfBirth: '1975-03-14', postcode: 'LU1 3AB' }, 'junk'] });
    expect(candidates).toEqual([{ id: 'b', text: 'Amy Test, born 1975-03-14, LU1 3AB' }]);
  });
});
