import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/api-error';
import { countText, endOfFinancialYear, financialYearOf, isConflict, isStale, toOpenSurveyYearRequest } from './forms';

describe('survey years', () => {
  it('names a financial year by its start: 1 April to 31 March', () => {
    expect(financialYearOf('2026-12-01')).toBe(2026);
    expect(financialYearOf('2027-03-31')).toBe(2026);
    expect(financialYearOf('2027-04-01')).toBe(2027);
    expect(endOfFinancialYear(2026)).toBe('2027-03-31');
  });

  it('opens today’s financial year until a closing date from today to 31 March', () => {
    expect(toOpenSurveyYearRequest({ day: '31', month: '3', year: '2027' }, '2026-12-01')).toEqual({
      ok: true,
      body: { financialYear: 2026, closesOn: '2027-03-31' },
    });
    expect(toOpenSurveyYearRequest({ day: '1', month: '4', year: '2027' }, '2026-12-01')).toMatchObject({
      ok: false,
      message: 'The closing date must be by 31 March, the end of the financial year',
    });
    expect(toOpenSurveyYearRequest({ day: '30', month: '11', year: '2026' }, '2026-12-01')).toMatchObject({
      ok: false,
      message: 'The closing date must be today or in the future',
    });
    expect(toOpenSurveyYearRequest({ day: '', month: '', year: '' }, '2026-12-01')).toMatchObject({ ok: false, message: 'Enter the closing date' });
    expect(toOpenSurveyYearRequest({ day: '30', month: '2', year: '2027' }, '2026-12-01')).toMatchObject({ ok: false, message: 'Closing date must be a real date' });
  });

  it('shows a hidden count as “not shown”, never a number', () => {
    expect(countText({ count: null, suppressed: true })).toBe('not shown');
    expect(countText({ count: 1234, suppressed: false })).toBe('1,234');
    expect(countText({ count: 0, suppressed: false })).toBe('0');
  });

  it('tells a stale year (412) from a closed one (409)', () => {
    expect(isStale(new ApiError(412, { title: 'Stale' }))).toBe(true);
    expect(isConflict(new ApiError(409, { title: 'Closed' }))).toBe(true);
    expect(isStale(new ApiError(409, { title: 'Closed' }))).toBe(false);
  });
});
