import { describe, expect, it } from 'vitest';
import { amountError, toApplyRequest } from './grant-answers';

describe('grant answers', () => {
  it('sends the amount in pence', () => {
    expect(toApplyRequest({ purpose: 'break', amount: '£250.50', helpsWith: ' A weekend away ' })).toEqual({ purpose: 'break', amountPence: 25050, helpsWith: 'A weekend away' });
  });

  it('is not ready until every answer is there', () => {
    expect(toApplyRequest({ purpose: '', amount: '250', helpsWith: 'x' })).toBeNull();
    expect(toApplyRequest({ purpose: 'other', amount: 'lots', helpsWith: 'x' })).toBeNull();
    expect(amountError('')).toBe('Enter how much you need');
  });
});
