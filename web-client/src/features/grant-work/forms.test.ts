import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/api-error';
import { paymentFileName } from './api/export-grant-payments';
import { actionsFor, applicationsQuery, budgetFormToRequest, isApplicationsView, overrideReasonNeeded, potShares, potText } from './forms';

describe('applicationsQuery', () => {
  it('asks for approved grants with late=true for the late view', () => {
    expect(applicationsQuery('late')).toEqual({ status: 'approved', late: true, limit: 50 });
    expect(applicationsQuery('submitted', 'abc')).toEqual({ status: 'submitted', cursor: 'abc', limit: 50 });
  });
  it('knows its views', () => {
    expect(isApplicationsView('paid')).toBe(true);
    expect(isApplicationsView('declined')).toBe(false);
    expect(isApplicationsView(null)).toBe(false);
  });
});

describe('actionsFor', () => {
  it('offers approve and decline while submitted, paid and cancel once approved', () => {
    expect(actionsFor('submitted')).toEqual({ approve: true, decline: true, markPaid: false, cancel: false });
    expect(actionsFor('approved')).toEqual({ approve: false, decline: false, markPaid: true, cancel: true });
    expect(actionsFor('paid')).toEqual({ approve: false, decline: false, markPaid: false, cancel: false });
  });
});

describe('potText', () => {
  it('names the year of a decided grant, and says a waiting one is charged to the year it is approved in', () => {
    expect(potText({ pot: 'adults', financialYear: '2027/28', status: 'approved' })).toMatch(/, 2027\/28$/);
    const waiting = potText({ pot: 'adults', financialYear: '2026/27', status: 'submitted' });
    expect(waiting).toContain('the financial year in which it is approved');
    expect(waiting).toContain('applied in 2026/27');
  });
});

describe('overrideReasonNeeded', () => {
  it('finds the override reason message in a 409', () => {
    const error = new ApiError(409, { status: 409, errors: { overrideReason: ['Give a reason to approve a second grant this year'] } });
    expect(overrideReasonNeeded(error)).toBe('Give a reason to approve a second grant this year');
  });
  it('ignores other problems', () => {
    expect(overrideReasonNeeded(new ApiError(409, { status: 409, detail: 'Not enough left in the pot' }))).toBeUndefined();
    expect(overrideReasonNeeded(new ApiError(400, { status: 400, errors: { overrideReason: ['Too long'] } }))).toBeUndefined();
    expect(overrideReasonNeeded(new Error('x'))).toBeUndefined();
  });
});

describe('budgetFormToRequest', () => {
  it('turns pounds into pence and defaults the children’s share to 20', () => {
    expect(budgetFormToRequest({ total: '£880,000', childrenPercent: '' })).toEqual({ ok: true, body: { totalPence: 88_000_000, childrenPercent: 20 } });
    expect(budgetFormToRequest({ total: '1000.50', childrenPercent: '25%' })).toEqual({ ok: true, body: { totalPence: 100_050, childrenPercent: 25 } });
  });
  it('explains what is wrong', () => {
    const result = budgetFormToRequest({ total: '', childrenPercent: '101' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.total).toBe('Enter the total budget');
      expect(result.errors.childrenPercent).toMatch(/0 to 100/);
    }
  });
});

describe('potShares', () => {
  it('gives paid, committed and remaining as percentages of the budget', () => {
    expect(potShares({ pot: 'adults', budgetPence: 100_000, committedPence: 25_000, paidPence: 50_000, remainingPence: 25_000 })).toEqual({
      paid: 50,
      committed: 25,
      remaining: 25,
    });
    expect(potShares({ pot: 'children', budgetPence: 0, committedPence: 0, paidPence: 0, remainingPence: 0 })).toEqual({ paid: 0, committed: 0, remaining: 0 });
  });
});

describe('paymentFileName', () => {
  it('reads Content-Disposition or makes a name', () => {
    expect(paymentFileName('attachment; filename="batch-1.csv"', '2026-11-22')).toBe('batch-1.csv');
    expect(paymentFileName(null, '2026-11-22')).toBe('grant-payments-2026-11-22.csv');
  });
});
