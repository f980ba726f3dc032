import { describe, expect, it } from 'vitest';
import { completionValuesFrom, planValuesFrom, toCompleteRequest, toSupportPlanRequest, wouldBeEligible } from './forms';

describe('the assessor’s decision form', () => {
  it('starts from the carer’s own answers', () => {
    const values = completionValuesFrom({ healthAtRisk: true, outcomes: { recreation: { ability: 'unable', reason: 'No time' } } });
    expect(values.healthAtRisk).toBe('yes');
    expect(values.outcomes.recreation).toEqual({ ability: 'unable', reason: 'No time' });
    expect(values.outcomes.nutrition).toEqual({ ability: '', reason: '' });
  });

  it('asks for every outcome, each reason when unable, the three conditions and the reasons', () => {
    const values = completionValuesFrom({ outcomes: { recreation: { ability: 'unable', reason: '' } } });
    const { errors } = toCompleteRequest(values);
    expect(errors['outcome-nutrition']).toBeDefined();
    expect(errors['reason-recreation']).toBe('Give the reason the carer is unable to achieve: having time for rest and things you enjoy');
    expect(errors.needsArise).toBeDefined();
    expect(errors.reasons).toBe('Write the reasons for the decision');
  });

  it('maps a complete form to the request, with reasons only where unable', () => {
    const values = completionValuesFrom({});
    for (const outcome of Object.keys(values.outcomes) as (keyof typeof values.outcomes)[]) values.outcomes[outcome] = { ability: 'able', reason: 'x' };
    values.outcomes.recreation = { ability: 'unable', reason: ' No time ' };
    const filled = { ...values, needsArise: 'yes' as const, healthAtRisk: 'no' as const, significantImpact: 'yes' as const, reasons: ' Because ', notes: '' };
    const { body, errors } = toCompleteRequest(filled);
    expect(Object.values(errors).filter(Boolean)).toEqual([]);
    expect(body.outcomes.recreation).toEqual({ ability: 'unable', reason: 'No time' });
    expect(body.outcomes.nutrition).toEqual({ ability: 'able', reason: null });
    expect(body).toMatchObject({ needsArise: true, healthAtRisk: false, significantImpact: true, reasons: 'Because', notes: null });
    expect(wouldBeEligible(filled)).toBe(true);
    filled.outcomes.recreation = { ability: 'able', reason: '' };
    expect(wouldBeEligible(filled)).toBe(false);
  });
});

describe('the support plan form', () => {
  it('converts pounds to pence and leaves the direct payment out when there is none', () => {
    const values = { ...planValuesFrom(undefined), needs: 'Rest', eligibleNeeds: 'Rest', personalBudget: '600.50', directPayment: 'no' as const, nextReviewOn: '2027-01-01' };
    values.actions = [{ need: 'A break', howMet: 'Sitting service', status: 'inProgress' }];
    const { body, errors } = toSupportPlanRequest(values);
    expect(Object.values(errors).filter(Boolean)).toEqual([]);
    expect(body).toEqual({
      needs: 'Rest',
      eligibleNeeds: 'Rest',
      actions: [{ need: 'A break', howMet: 'Sitting service', status: 'inProgress' }],
      personalBudgetPence: 60050,
      nextReviewOn: '2027-01-01',
    });
  });

  it('asks for the direct payment’s details when there is one', () => {
    const values = { ...planValuesFrom(undefined), directPayment: 'yes' as const, directPaymentAmount: '25', directPaymentFrequency: 'weekly' as const, nextReviewOn: null };
    const { body, errors } = toSupportPlanRequest(values);
    expect(errors.directPaymentNeeds).toBe('Enter which needs the direct payment meets');
    expect(errors['actions-0-need']).toBe('Enter the need for action 1');
    expect(body.directPayment).toEqual({ needs: '', amountPence: 2500, frequency: 'weekly' });
  });

  it('fills the form again from a saved plan', () => {
    const values = planValuesFrom({ needs: 'n', eligibleNeeds: 'e', actions: [], personalBudgetPence: 1999, directPayment: { needs: 'd', amountPence: 5000, frequency: 'monthly' }, nextReviewOn: '2027-01-01' });
    expect(values).toMatchObject({ personalBudget: '19.99', directPayment: 'yes', directPaymentAmount: '50', directPaymentFrequency: 'monthly' });
    expect(values.actions).toHaveLength(1);
  });
});
