import { describe, expect, it } from 'vitest';
import type { EmergencyPlan, MyEmergencyPlans } from '@/lib/api/types';
import { savedPlan, withSavedPlan } from './saved-plan';

const plan = (relationshipId: string, eTag: string, careNeeded = 'Help to dress'): EmergencyPlan => ({
  id: `plan-${relationshipId}`,
  relationshipId,
  caredForName: 'Bola Sampleford',
  content: { careNeeded },
  reviewedOn: '2026-11-22',
  nextReviewOn: '2027-11-22',
  reviewOverdue: false,
  eTag,
});

const plans = (...items: EmergencyPlan[]): MyEmergencyPlans => ({ cardNumber: '123456789012', plans: items, lookups: [] });

describe('the ETag a save answers with', () => {
  it('is the ETag header, which the next If-Match sends', () => {
    expect(savedPlan(plan('r1', '"v2"'), '"v3"').eTag).toBe('"v3"');
  });

  it('is the body’s eTag when the header is missing', () => {
    expect(savedPlan(plan('r1', '"v3"'), null).eTag).toBe('"v3"');
  });
});

describe('the plans after a save', () => {
  it('replace the plan read before, in its place, with the new ETag', () => {
    const before = plans(plan('r1', '"v2"', 'Old'), plan('r2', '"v5"'));
    const after = withSavedPlan(before, plan('r1', '"v3"', 'New'));
    expect(after?.plans.map((item) => [item.relationshipId, item.eTag, item.content.careNeeded])).toEqual([
      ['r1', '"v3"', 'New'],
      ['r2', '"v5"', 'Help to dress'],
    ]);
    expect(after?.cardNumber).toBe('123456789012');
  });

  it('add a first plan, and leave nothing read as nothing', () => {
    expect(withSavedPlan(plans(), plan('r1', '"v1"'))?.plans.map((item) => item.eTag)).toEqual(['"v1"']);
    expect(withSavedPlan(undefined, plan('r1', '"v1"'))).toBeUndefined();
  });
});
