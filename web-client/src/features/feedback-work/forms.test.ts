import { describe, expect, it } from 'vitest';
import { acknowledgeToRequest, agreeToRequest, emptyResponse, recordToRequest, respondToRequest } from './forms';

const today = '2026-12-01';
const empty = { day: '', month: '', year: '' };

describe('the complaint step forms', () => {
  it('acknowledges now when no date is given, at midday of a past day, never in the future', () => {
    expect(acknowledgeToRequest(empty, today)).toEqual({ ok: true, body: {} });
    expect(acknowledgeToRequest({ day: '30', month: '11', year: '2026' }, today)).toEqual({ ok: true, body: { acknowledgedAt: '2026-11-30T12:00:00Z' } });
    expect(acknowledgeToRequest({ day: '2', month: '12', year: '2026' }, today)).toEqual({
      ok: false,
      errors: { acknowledgedOn: 'The date it was acknowledged must be today or in the past' },
    });
  });

  it('needs an agreed response date after today', () => {
    expect(agreeToRequest(empty, today)).toEqual({ ok: false, errors: { respondBy: 'Enter the date agreed for the response' } });
    expect(agreeToRequest({ day: '1', month: '12', year: '2026' }, today)).toEqual({
      ok: false,
      errors: { respondBy: 'The date agreed for the response must be in the future' },
    });
    expect(agreeToRequest({ day: '15', month: '1', year: '2027' }, today)).toEqual({ ok: true, body: { respondBy: '2027-01-15' } });
  });

  it('needs an outcome and a response, and what will change unless not upheld', () => {
    const missing = respondToRequest(emptyResponse);
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.errors).toMatchObject({ outcome: 'Select the outcome', response: 'Enter the response' });
    const upheld = respondToRequest({ outcome: 'upheld', response: 'We were late.', whatWillChange: ' ' });
    expect(!upheld.ok && upheld.errors.whatWillChange).toBe('Enter what will change, as the complaint is upheld or partly upheld');
    expect(respondToRequest({ outcome: 'notUpheld', response: ' We checked. ', whatWillChange: '' })).toEqual({
      ok: true,
      body: { outcome: 'notUpheld', response: 'We checked.' },
    });
    expect(respondToRequest({ outcome: 'partlyUpheld', response: 'We were late.', whatWillChange: 'Calls logged.' })).toEqual({
      ok: true,
      body: { outcome: 'partlyUpheld', response: 'We were late.', whatWillChange: 'Calls logged.' },
    });
  });

  it('records feedback taken by phone with the day it was received', () => {
    const values = { kind: 'complaint' as const, about: 'grant' as const, text: 'Rang about her grant.', receivedVia: 'phone' as const, receivedOn: { day: '27', month: '11', year: '2026' } };
    expect(recordToRequest('c1', values, today)).toEqual({
      ok: true,
      body: { carerId: 'c1', kind: 'complaint', about: 'grant', text: 'Rang about her grant.', receivedVia: 'phone', receivedAt: '2026-11-27T12:00:00Z' },
    });
    const bad = recordToRequest('c1', { ...values, text: '', receivedVia: '' }, today);
    expect(!bad.ok && bad.errors).toMatchObject({ text: 'Enter what the carer said', receivedVia: 'Select how it was received' });
  });
});
