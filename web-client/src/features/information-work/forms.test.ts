import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/api-error';
import { emptyDateParts } from '@/lib/validation/date';
import { isClosed, isStale, outcomeToRequest } from './forms';

const today = '2026-12-01';

describe('recording an information request’s outcome', () => {
  it('needs an outcome', () => {
    expect(outcomeToRequest({ outcome: '', method: '', sentOn: emptyDateParts, reason: '' }, today)).toEqual({
      ok: false,
      errors: { outcome: 'Select whether it was sent or cannot be provided' },
    });
  });

  it('sends how, and when only if not today', () => {
    expect(outcomeToRequest({ outcome: 'sent', method: 'post', sentOn: emptyDateParts, reason: '' }, today)).toEqual({ ok: true, outcome: 'sent', body: { method: 'post' } });
    expect(outcomeToRequest({ outcome: 'sent', method: 'email', sentOn: { day: '30', month: '11', year: '2026' }, reason: '' }, today)).toEqual({
      ok: true,
      outcome: 'sent',
      body: { method: 'email', sentAt: '2026-11-30T12:00:00Z' },
    });
  });

  it('refuses no method and a date in the future', () => {
    const result = outcomeToRequest({ outcome: 'sent', method: '', sentOn: { day: '2', month: '12', year: '2026' }, reason: '' }, today);
    expect(result).toEqual({
      ok: false,
      errors: { method: 'Select how it was sent', sentOn: 'The date it was sent must be today or in the past' },
    });
  });

  it('needs a reason the carer can read when it cannot be provided', () => {
    expect(outcomeToRequest({ outcome: 'unable', method: '', sentOn: emptyDateParts, reason: '  ' }, today)).toEqual({ ok: false, errors: { reason: 'Enter why it cannot be provided' } });
    expect(outcomeToRequest({ outcome: 'unable', method: '', sentOn: emptyDateParts, reason: 'We have no braille printer' }, today)).toEqual({
      ok: true,
      outcome: 'unable',
      body: { reason: 'We have no braille printer' },
    });
  });

  it('knows a 412 and a 409', () => {
    expect(isStale(new ApiError(412, { status: 412 }))).toBe(true);
    expect(isStale(new ApiError(409, { status: 409 }))).toBe(false);
    expect(isClosed(new ApiError(409, { status: 409 }))).toBe(true);
  });
});
