import { describe, expect, it } from 'vitest';
import { holdings } from '@/testing/match-fixture';
import { holdingRows } from './holdings';

describe('holdingRows', () => {
  it('lists every kind a merge moves, with the card after the plans', () => {
    const rows = holdingRows(holdings({ assessments: 2, hasEmergencyCard: true }));
    expect(rows).toHaveLength(13);
    expect(rows).toContainEqual({ key: 'Assessments', value: '2' });
    expect(rows).toContainEqual({ key: 'Grant applications', value: 'None' });
    expect(rows[5]).toEqual({ key: 'Emergency plans', value: 'None' });
    expect(rows[6]).toEqual({ key: 'Emergency card', value: 'Yes' });
  });
});
