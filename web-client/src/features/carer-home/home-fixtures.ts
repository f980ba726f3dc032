import type { Assessment, AwaitingPartnerReferral, EmergencyPlan, GrantApplication, SupportPlan } from '@/lib/api/types';

/* What the API answers for a carer, as the home page's tests need it. */

export function anAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: '66666666-6666-4666-8666-666666666666',
    carerId: '22222222-2222-4222-8222-222222222222',
    kind: 'adult',
    status: 'requested',
    selfAssessment: false,
    requestedAt: '2026-11-01T10:00:00Z',
    scheduledFor: null,
    reofferOn: null,
    submittedAt: null,
    answers: {},
    nextAssessmentKind: 'adult',
    history: [],
    ...overrides,
  };
}

export function aSupportPlan(overrides: Partial<SupportPlan> = {}): SupportPlan {
  return {
    needs: 'Time for myself',
    eligibleNeeds: 'Rest',
    actions: [{ need: 'Rest', howMet: 'A short break every month', status: 'inProgress' }],
    personalBudgetPence: 50_000,
    nextReviewOn: '2027-11-01',
    ...overrides,
  };
}

export function aGrant(overrides: Partial<GrantApplication> = {}): GrantApplication {
  return {
    id: '77777777-7777-4777-8777-777777777777',
    carerId: '22222222-2222-4222-8222-222222222222',
    carerName: 'Sam Sampleford',
    financialYear: '2026-27',
    pot: 'adults',
    purpose: 'equipment',
    amountPence: 25_000,
    helpsWith: 'A washing machine',
    status: 'submitted',
    submittedAt: '2026-11-20T10:00:00Z',
    late: false,
    eTag: '"g1"',
    ...overrides,
  };
}

export function aPlan(overrides: Partial<EmergencyPlan> = {}): EmergencyPlan {
  return {
    id: '88888888-8888-4888-8888-888888888888',
    relationshipId: '33333333-3333-4333-8333-333333333333',
    caredForName: 'Bola Sampleford',
    content: {},
    reviewedOn: '2026-01-01',
    nextReviewOn: '2027-01-01',
    reviewOverdue: false,
    eTag: '"p1"',
    ...overrides,
  };
}

export function aReferral(overrides: Partial<AwaitingPartnerReferral> = {}): AwaitingPartnerReferral {
  return {
    referralId: '55555555-5555-4555-8555-555555555555',
    partner: 'CarersCentral',
    purpose: 'shareWithCarersCentral',
    referredAt: '2026-11-28T09:00:00Z',
    reason: null,
    reportedBasis: 'self',
    reportedGivenOn: '2026-11-27',
    ...overrides,
  };
}
