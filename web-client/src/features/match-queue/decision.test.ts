import { describe, expect, it } from 'vitest';
import type { MatchCandidate, MatchPerson } from '@/lib/api/types';
import { holdings } from '@/testing/match-fixture';
import { choicesFor, decisionDoneText, decisionFor, isMatchChoice, recordsOf } from './decision';

function person(id: string, givenName: string, hasSignIn: boolean): MatchPerson {
  return {
    id,
    givenName,
    familyName: 'Sampleford',
    dateOfBirth: '1980-06-14',
    postcode: 'LU1 2AB',
    nhsNumber: null,
    identificationSource: 'partnerReferral',
    identifiedAt: '2026-01-05T10:00:00Z',
    hasSignIn,
    holds: holdings(),
    contact: { email: null, phone: '01582 000000', addressLine1: null, addressLine2: null, town: null },
  };
}

const existingId = '11111111-1111-4111-8111-111111111111';
const incomingId = '22222222-2222-4222-8222-222222222222';

function candidate(existingSignIn = true, incomingSignIn = false): MatchCandidate {
  return {
    id: '33333333-3333-4333-8333-333333333333',
    reason: 'Same surname, date of birth and postcode',
    foundAt: '2026-01-06T09:00:00Z',
    existing: person(existingId, 'Sam', existingSignIn),
    incoming: person(incomingId, 'Samuel', incomingSignIn),
    kind: 'probable',
    claimedNhsNumber: null,
  };
}

describe('match decisions', () => {
  it('calls the record already held A and the one that came in B', () => {
    const records = recordsOf(candidate());
    expect(records.A.id).toBe(existingId);
    expect(records.B.id).toBe(incomingId);
  });

  it('names the kept record in a merge', () => {
    expect(decisionFor('mergeKeepA', candidate())).toEqual({ decision: 'merge', keep: existingId });
    expect(decisionFor('mergeKeepB', candidate())).toEqual({ decision: 'merge', keep: incomingId });
  });

  it('sends no record to keep when the two are kept apart', () => {
    expect(decisionFor('keepApart', candidate())).toEqual({ decision: 'keepApart' });
  });

  it('offers a merge unless both records have their own sign-in', () => {
    expect(choicesFor(candidate(true, false))).toEqual(['mergeKeepA', 'mergeKeepB', 'keepApart']);
    expect(choicesFor(candidate(false, false))).toEqual(['mergeKeepA', 'mergeKeepB', 'keepApart']);
    expect(choicesFor(candidate(true, true))).toEqual(['keepApart']);
  });

  it('says what was done, naming the people', () => {
    expect(decisionDoneText('mergeKeepB', candidate())).toBe('Records merged into record B, Samuel Sampleford');
    expect(decisionDoneText('keepApart', candidate())).toBe('Records of Sam Sampleford and Samuel Sampleford kept apart');
  });

  it('knows its own choices only', () => {
    expect(isMatchChoice('keepApart')).toBe(true);
    expect(isMatchChoice('merge')).toBe(false);
    expect(isMatchChoice('toString')).toBe(false);
  });
});
