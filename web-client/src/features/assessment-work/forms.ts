/** The assessor's forms as values, checked and turned into the contract's request bodies. */
import type { ActionStatus, CarerOutcome, CompleteAssessmentRequest, OutcomeAbility, PaymentFrequency, RecordSupportPlanRequest, SelfAssessmentAnswers } from '@/lib/api/types';
import { carerOutcomes } from '@/lib/assessment-questions';
import { parsePounds, penceToPoundsInput } from '@/lib/money';
import { carerOutcomeLabels } from '@/lib/reference-data';

export type YesNo = 'yes' | 'no' | '';

export type CompletionValues = {
  outcomes: Record<CarerOutcome, { ability: OutcomeAbility | ''; reason: string }>;
  needsArise: YesNo;
  healthAtRisk: YesNo;
  significantImpact: YesNo;
  reasons: string;
  notes: string;
};

/** The form starts from the carer's own answers, for the assessor to confirm or change. */
export function completionValuesFrom(answers: SelfAssessmentAnswers): CompletionValues {
  const outcomes = Object.fromEntries(
    carerOutcomes.map((outcome) => {
      const finding = answers.outcomes?.[outcome];
      return [outcome, { ability: finding?.ability ?? '', reason: finding?.reason ?? '' }];
    }),
  ) as CompletionValues['outcomes'];
  const healthAtRisk: YesNo = answers.healthAtRisk === true ? 'yes' : answers.healthAtRisk === false ? 'no' : '';
  return { outcomes, needsArise: '', healthAtRisk, significantImpact: '', reasons: '', notes: '' };
}

export type Checked<T> = { body: T; errors: Record<string, string | undefined> };

export function toCompleteRequest(values: CompletionValues): Checked<CompleteAssessmentRequest> {
  const errors: Record<string, string | undefined> = {};
  for (const outcome of carerOutcomes) {
    const finding = values.outcomes[outcome];
    const name = carerOutcomeLabels[outcome].toLowerCase();
    if (!finding.ability) errors[`outcome-${outcome}`] = `Select whether the carer is able to achieve: ${name}`;
    else if (finding.ability === 'unable' && finding.reason.trim() === '') errors[`reason-${outcome}`] = `Give the reason the carer is unable to achieve: ${name}`;
  }
  errors.needsArise = values.needsArise ? undefined : 'Select whether the needs arise from providing necessary care';
  errors.healthAtRisk = values.healthAtRisk ? undefined : 'Select whether the carer’s health is at risk';
  errors.significantImpact = values.significantImpact ? undefined : 'Select whether there is a significant impact on the carer’s wellbeing';
  errors.reasons = values.reasons.trim() ? undefined : 'Write the reasons for the decision';
  const body: CompleteAssessmentRequest = {
    needsArise: values.needsArise === 'yes',
    healthAtRisk: values.healthAtRisk === 'yes',
    significantImpact: values.significantImpact === 'yes',
    outcomes: Object.fromEntries(
      carerOutcomes.map((outcome) => {
        const finding = values.outcomes[outcome];
        return [outcome, { ability: finding.ability || undefined, reason: finding.ability === 'unable' ? finding.reason.trim() : null }];
      }),
    ),
    reasons: values.reasons.trim(),
    notes: values.notes.trim() || null,
  };
  return { body, errors };
}

/**
 * Reg 3: eligible when the needs arise from necessary care, the carer's health is at risk or
 * they cannot achieve at least one outcome, and there is a significant impact on wellbeing.
 * Shown to the assessor before they confirm; the API decides.
 */
export function wouldBeEligible(values: CompletionValues): boolean | undefined {
  if (!values.needsArise || !values.healthAtRisk || !values.significantImpact) return undefined;
  const anyUnable = carerOutcomes.some((outcome) => values.outcomes[outcome].ability === 'unable');
  return values.needsArise === 'yes' && (values.healthAtRisk === 'yes' || anyUnable) && values.significantImpact === 'yes';
}

export type ActionValues = { need: string; howMet: string; status: ActionStatus };

export type PlanValues = {
  needs: string;
  eligibleNeeds: string;
  actions: ActionValues[];
  personalBudget: string;
  directPayment: YesNo;
  directPaymentNeeds: string;
  directPaymentAmount: string;
  directPaymentFrequency: PaymentFrequency | '';
  nextReviewOn: string | null;
};

export const emptyAction: ActionValues = { need: '', howMet: '', status: 'notStarted' };

export function planValuesFrom(plan: RecordSupportPlanRequest | null | undefined): Omit<PlanValues, 'nextReviewOn'> {
  return {
    needs: plan?.needs ?? '',
    eligibleNeeds: plan?.eligibleNeeds ?? '',
    actions: plan?.actions.length ? plan.actions.map((action) => ({ ...action })) : [{ ...emptyAction }],
    personalBudget: plan ? penceToPoundsInput(plan.personalBudgetPence) : '',
    directPayment: plan ? (plan.directPayment ? 'yes' : 'no') : '',
    directPaymentNeeds: plan?.directPayment?.needs ?? '',
    directPaymentAmount: penceToPoundsInput(plan?.directPayment?.amountPence),
    directPaymentFrequency: plan?.directPayment?.frequency ?? '',
  };
}

export function toSupportPlanRequest(values: PlanValues): Checked<RecordSupportPlanRequest> {
  const errors: Record<string, string | undefined> = {};
  errors.needs = values.needs.trim() ? undefined : 'Enter the carer’s needs';
  errors.eligibleNeeds = values.eligibleNeeds.trim() ? undefined : 'Enter the eligible needs';
  values.actions.forEach((action, index) => {
    errors[`actions-${index}-need`] = action.need.trim() ? undefined : `Enter the need for action ${index + 1}`;
    errors[`actions-${index}-howMet`] = action.howMet.trim() ? undefined : `Enter how the need in action ${index + 1} will be met`;
  });
  const budget = parsePounds(values.personalBudget, 'the personal budget', { allowZero: true, max: 10_000_000 });
  errors.personalBudget = budget.ok ? undefined : budget.message;
  errors.directPayment = values.directPayment ? undefined : 'Select whether there is a direct payment';
  let directPayment: RecordSupportPlanRequest['directPayment'];
  if (values.directPayment === 'yes') {
    const amount = parsePounds(values.directPaymentAmount, 'the direct payment amount', { max: 10_000_000 });
    errors.directPaymentNeeds = values.directPaymentNeeds.trim() ? undefined : 'Enter which needs the direct payment meets';
    errors.directPaymentAmount = amount.ok ? undefined : amount.message;
    errors.directPaymentFrequency = values.directPaymentFrequency ? undefined : 'Select how often the direct payment is made';
    if (amount.ok && values.directPaymentFrequency) {
      directPayment = { needs: values.directPaymentNeeds.trim(), amountPence: amount.pence, frequency: values.directPaymentFrequency };
    }
  }
  const body: RecordSupportPlanRequest = {
    needs: values.needs.trim(),
    eligibleNeeds: values.eligibleNeeds.trim(),
    actions: values.actions.map((action) => ({ need: action.need.trim(), howMet: action.howMet.trim(), status: action.status })),
    personalBudgetPence: budget.ok ? budget.pence : 0,
    ...(directPayment ? { directPayment } : {}),
    nextReviewOn: values.nextReviewOn ?? '',
  };
  return { body, errors };
}
