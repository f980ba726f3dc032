import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { isStale, staleErrors } from './stale';

describe('a stale change (412)', () => {
  it('is told apart from other problems', () => {
    expect(isStale(new ApiError(412, { status: 412, title: 'The grant application has changed since you read it.' }))).toBe(true);
    expect(isStale(new ApiError(409, { status: 409 }))).toBe(false);
    expect(isStale(new Error('network'))).toBe(false);
  });

  it('says the record was changed by someone else and that the latest version is shown', () => {
    const errors = staleErrors('grant application');
    expect(errors.fields).toEqual({});
    expect(errors.summary).toHaveLength(1);
    expect(errors.summary[0]?.text).toMatch(/^This grant application was changed by someone else .*We have shown you the latest version/);
  });
});
