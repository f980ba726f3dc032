import { describe, expect, it } from 'vitest';
import { financialYearLabel, financialYearOf, formatPence, parsePounds, penceToPoundsInput } from './money';

describe('money', () => {
  it('formats pence as pounds, leaving off pence when there are none', () => {
    expect(formatPence(25000)).toBe('£250');
    expect(formatPence(25050)).toBe('£250.50');
    expect(formatPence(88000000)).toBe('£880,000');
    expect(formatPence(5)).toBe('£0.05');
  });

  it('reads pounds as whole pence without floating point errors', () => {
    expect(parsePounds('250', 'the amount')).toEqual({ ok: true, pence: 25000 });
    expect(parsePounds('£1,250.5', 'the amount')).toEqual({ ok: true, pence: 125050 });
    expect(parsePounds('0.29', 'the amount')).toEqual({ ok: true, pence: 29 });
    expect(parsePounds('19.99', 'the amount')).toEqual({ ok: true, pence: 1999 });
  });

  it('explains amounts it cannot read', () => {
    expect(parsePounds('', 'the amount')).toEqual({ ok: false, message: 'Enter the amount' });
    expect(parsePounds('12.345', 'the amount')).toMatchObject({ ok: false, message: 'The amount must be an amount of money, like 250 or 250.50' });
    expect(parsePounds('-5', 'the amount').ok).toBe(false);
    expect(parsePounds('0', 'the amount')).toMatchObject({ ok: false, message: 'The amount must be more than £0' });
    expect(parsePounds('0', 'the budget', { allowZero: true })).toEqual({ ok: true, pence: 0 });
    expect(parsePounds('1001', 'the amount', { max: 100000 })).toMatchObject({ ok: false, message: 'The amount must be £1,000 or less' });
  });

  it('turns pence back into what the pounds box shows', () => {
    expect(penceToPoundsInput(25000)).toBe('250');
    expect(penceToPoundsInput(25005)).toBe('250.05');
    expect(penceToPoundsInput(undefined)).toBe('');
  });

  it('names financial years by the April they start', () => {
    expect(financialYearOf(new Date(2026, 2, 31))).toBe(2025);
    expect(financialYearOf(new Date(2026, 3, 1))).toBe(2026);
    expect(financialYearLabel(2008)).toBe('2008/09');
    expect(financialYearLabel(2099)).toBe('2099/00');
  });
});
