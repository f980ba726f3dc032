import { describe, expect, it } from 'vitest';
import type { CarerRecord } from '@/lib/api/types';
import { carerDetailsRows } from './carer-details-rows';

const record = {
  id: 'c1',
  givenName: 'Rafi',
  familyName: 'Referredson',
  dateOfBirth: '1980-06-01',
  postcode: 'LU3 2CD',
  nhsNumber: null,
  claimedNhsNumber: '9000000009',
  reasonableAdjustments: [],
} as unknown as CarerRecord;

describe('carerDetailsRows', () => {
  it('shows a claimed NHS number as not verified, apart from the verified one', () => {
    const rows = carerDetailsRows(record, { showIdentification: true, language: 'en' });
    expect(rows.find((row) => row.key === 'NHS number')?.value).toBe('Not given');
    expect(rows.find((row) => row.key === 'NHS number given by the carer')?.value).toBe(
      '900 000 0009: not verified. Another record holds this number; settle it from the match queue.',
    );
  });

  it('has no claimed row when there is none', () => {
    expect(carerDetailsRows({ ...record, claimedNhsNumber: null }).map((row) => row.key)).not.toContain('NHS number given by the carer');
  });
});
