import { describe, expect, it } from 'vitest';
import type { ConsentState, Referral } from '@/lib/api/types';
import { organisationsThatKnow } from './organisations';

const given = (purpose: ConsentState['purpose'], givenOn: string): ConsentState => ({ purpose, status: 'given', basis: 'self', givenOn });

describe('organisationsThatKnow', () => {
  it('lists nobody when the carer shares with no partner and none referred them', () => {
    expect(organisationsThatKnow([given('contactMe', '2026-01-02'), given('shareWithGp', '2026-01-02')], [])).toEqual([]);
  });

  it('lists each partner the carer shares with, since when', () => {
    const result = organisationsThatKnow([given('shareWithChums', '2026-02-03')], []);
    expect(result).toEqual([
      { partner: 'Chums', name: 'CHUMS', purpose: 'shareWithChums', sharingSince: '2026-02-03', withdrawnOn: undefined, referredAt: [] },
    ]);
  });

  it('lists a partner that referred the carer, oldest referral first, even after consent was withdrawn', () => {
    const referrals: Referral[] = [
      { partner: 'CarersCentral', referredAt: '2026-03-01T10:00:00Z' },
      { partner: 'CarersCentral', referredAt: '2025-11-20T09:30:00Z' },
    ];
    const withdrawn: ConsentState = { purpose: 'shareWithCarersCentral', status: 'withdrawn', basis: 'self', givenOn: '2025-11-20', withdrawnOn: '2026-03-05' };
    const [carersCentral] = organisationsThatKnow([withdrawn], referrals);
    expect(carersCentral).toMatchObject({
      partner: 'CarersCentral',
      name: 'Carers Central',
      sharingSince: undefined,
      withdrawnOn: '2026-03-05',
      referredAt: ['2025-11-20T09:30:00Z', '2026-03-01T10:00:00Z'],
    });
  });

  it('keeps the partners in a fixed order and ignores referrals from anyone else', () => {
    const result = organisationsThatKnow(
      [given('shareWithChums', '2026-01-01'), given('shareWithCarersCentral', '2026-01-01')],
      [{ partner: 'SomeoneElse', referredAt: '2026-01-01T00:00:00Z' }],
    );
    expect(result.map((organisation) => organisation.partner)).toEqual(['CarersCentral', 'Chums']);
  });
});
