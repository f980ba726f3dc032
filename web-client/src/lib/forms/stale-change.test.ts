import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api/api-error';
import { isStaleChange, onStaleChange, staleAssessmentMessage, staleErrors, summaryAfterStale } from './stale-change';

describe('a change refused as stale', () => {
  it('is a stale ETag (412) or none sent (428), never another refusal', () => {
    expect(isStaleChange(new ApiError(412, { status: 412 }))).toBe(true);
    expect(isStaleChange(new ApiError(428, { status: 428 }))).toBe(true);
    expect(isStaleChange(new ApiError(409, { status: 409 }))).toBe(false);
    expect(isStaleChange(new ApiError(400, { status: 400 }))).toBe(false);
    expect(isStaleChange(new Error('offline'))).toBe(false);
  });

  it('reads the record again and says why in the error summary', () => {
    const refresh = vi.fn();
    const setErrors = vi.fn();
    onStaleChange(refresh, setErrors, staleAssessmentMessage)();
    expect(refresh).toHaveBeenCalledOnce();
    expect(setErrors).toHaveBeenCalledWith({ fields: {}, summary: [{ text: staleAssessmentMessage }] });
  });

  it('shows the form’s own errors first, and the stale message only when there are none', () => {
    const own = { fields: { needs: 'Describe the carer’s needs' }, summary: [{ text: 'Describe the carer’s needs', href: '#needs' }] };
    expect(summaryAfterStale(own, true, staleAssessmentMessage)).toEqual(own.summary);
    expect(summaryAfterStale({ fields: {}, summary: [] }, true, staleAssessmentMessage)).toEqual([{ text: staleAssessmentMessage }]);
    expect(summaryAfterStale({ fields: {}, summary: [] }, false, staleAssessmentMessage)).toEqual([]);
  });

  it('says the record was changed by someone else and that the latest version is shown', () => {
    const errors = staleErrors('grant application');
    expect(errors.fields).toEqual({});
    expect(errors.summary).toHaveLength(1);
    expect(errors.summary[0]?.text).toMatch(/^This grant application was changed by someone else .*We have shown you the latest version/);
  });
});
