import { describe, expect, it } from 'vitest';
import type { RetentionRun } from '@/lib/api/types';
import { rejectionReasonError, runSummary } from './labels';

const run = (overrides: Partial<RetentionRun>): RetentionRun => ({
  id: '00000000-0000-0000-0000-000000000001',
  mode: 'live',
  startedBy: 'dpo-1',
  startedAt: '2026-12-02T09:00:00Z',
  finishedAt: '2026-12-02T09:00:05Z',
  status: 'finished',
  listed: 2,
  toAnonymise: 1,
  anonymised: 1,
  failed: 0,
  failureReason: null,
  ...overrides,
});

describe('runSummary', () => {
  it('says a dry run changed nothing', () => {
    expect(runSummary(run({ mode: 'dryRun', anonymised: 0 }))).toBe(
      'Dry run: 2 records past their date would be listed; 1 approved would be anonymised. Nothing was changed.',
    );
  });

  it('counts a live run, with failures to be tried again', () => {
    expect(runSummary(run({ listed: 1, failed: 2 }))).toBe('1 record past its date listed; 1 anonymised; 2 failed and will be tried again.');
  });

  it('names why a run stopped', () => {
    expect(runSummary(run({ status: 'failed', failureReason: 'Interrupted' }))).toContain('The run stopped: Interrupted.');
  });
});

describe('rejectionReasonError', () => {
  it('needs a reason without markup, 1,000 characters at most', () => {
    expect(rejectionReasonError('  ')).toBe('Enter why the record is kept');
    expect(rejectionReasonError('<b>')).toBe('The reason must not include < or >');
    expect(rejectionReasonError('x'.repeat(1001))).toBe('The reason must be 1,000 characters or fewer');
    expect(rejectionReasonError('Legal hold')).toBeUndefined();
  });
});
