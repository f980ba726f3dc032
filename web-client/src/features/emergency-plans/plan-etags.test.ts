import { afterEach, describe, expect, it } from 'vitest';
import { forgetPlanEtag, planEtag, planEtagsStorageKey, rememberPlanEtag } from './plan-etags';

afterEach(() => localStorage.clear());

describe('plan ETags kept in the browser', () => {
  it('keeps the last ETag of each plan', () => {
    expect(planEtag('r1')).toBeNull();
    rememberPlanEtag('r1', '"v1"');
    rememberPlanEtag('r2', '"v4"');
    rememberPlanEtag('r1', '"v2"');
    expect(planEtag('r1')).toBe('"v2"');
    expect(planEtag('r2')).toBe('"v4"');
    forgetPlanEtag('r1');
    expect(planEtag('r1')).toBeNull();
    expect(planEtag('r2')).toBe('"v4"');
  });

  it('ignores what it cannot read and works without storage', () => {
    localStorage.setItem(planEtagsStorageKey, 'not json');
    expect(planEtag('r1')).toBeNull();
    localStorage.setItem(planEtagsStorageKey, JSON.stringify({ r1: 3 }));
    expect(planEtag('r1')).toBeNull();
    expect(planEtag('r1', null)).toBeNull();
    expect(() => rememberPlanEtag('r1', '"v1"', null)).not.toThrow();
  });
});
