import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/api-error';
import { planEtag, rememberPlanEtag } from './plan-etags';
import { saveConflict } from './save-conflict';

afterEach(() => localStorage.clear());

describe('a plan saved somewhere else', () => {
  it('can be saved again when another tab of this browser saved it (its newer ETag is here)', () => {
    rememberPlanEtag('r1', '"v3"');
    const conflict = saveConflict(new ApiError(412, { status: 412 }), 'r1', '"v2"');
    expect(conflict?.text).toMatch(/changed in another window/);
    expect(conflict?.href).toBeUndefined();
    expect(planEtag('r1')).toBe('"v3"');
  });

  it('cannot be changed here when another device saved it: the stale ETag is forgotten', () => {
    rememberPlanEtag('r1', '"v2"');
    const conflict = saveConflict(new ApiError(412, { status: 412 }), 'r1', '"v2"');
    expect(conflict?.text).toMatch(/changed on another device/);
    expect(conflict?.href).toBe('/emergency-plans');
    expect(planEtag('r1')).toBeNull();
    expect(saveConflict(new ApiError(428, { status: 428 }), 'r1', null)?.text).toMatch(/another device/);
  });

  it('leaves other errors to the form', () => {
    expect(saveConflict(new ApiError(400, { status: 400, errors: { careNeeded: ['Too long'] } }), 'r1', null)).toBeUndefined();
    expect(saveConflict(new Error('offline'), 'r1', null)).toBeUndefined();
  });
});
