import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/api-error';
import { isPlanConflict } from './save-conflict';

describe('a plan saved somewhere else', () => {
  it('is a stale ETag (412) or none sent for a plan that was new when the page opened (428)', () => {
    expect(isPlanConflict(new ApiError(412, { status: 412 }))).toBe(true);
    expect(isPlanConflict(new ApiError(428, { status: 428 }))).toBe(true);
  });

  it('leaves other errors to the form', () => {
    expect(isPlanConflict(new ApiError(400, { status: 400, errors: { careNeeded: ['Too long'] } }))).toBe(false);
    expect(isPlanConflict(new ApiError(404, { status: 404 }))).toBe(false);
    expect(isPlanConflict(new Error('offline'))).toBe(false);
  });
});
