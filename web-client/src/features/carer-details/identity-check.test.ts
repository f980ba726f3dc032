import { describe, expect, it } from 'vitest';
import type { CarerRecord } from '@/lib/api/types';
import { showsIdentityCheckNotice } from './identity-check';

const record = (source: CarerRecord['identification']['source'], identifiedAt: string) =>
  ({ identification: { source, identifiedAt } }) as CarerRecord;

describe('identity check notice', () => {
  const now = new Date('2026-12-02T10:00:00Z');

  it('is shown to every carer who registered online in the last 28 days, matched or not', () => {
    expect(showsIdentityCheckNotice(record('selfRegistration', '2026-12-01T09:00:00Z'), now)).toBe(true);
    expect(showsIdentityCheckNotice(record('selfRegistration', '2026-11-05T11:00:00Z'), now)).toBe(true);
  });

  it('is not shown after 28 days, nor on a record we found another way (such as one merged with a claim)', () => {
    expect(showsIdentityCheckNotice(record('selfRegistration', '2026-11-03T09:00:00Z'), now)).toBe(false);
    expect(showsIdentityCheckNotice(record('partnerReferral', '2026-12-01T09:00:00Z'), now)).toBe(false);
  });
});
