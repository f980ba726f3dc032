import type { Assessment, AwaitingPartnerReferral, Break, EmergencyPlan, GrantApplication, SupportPlan } from '@/lib/api/types';

/**
 * What the carer's home page says, worked out from what the carer's own pages already read
 * (GetMyCarerRecord, ListMyAssessments, ListMyGrants, ListMyBreaks, ListMyEmergencyPlans,
 * ListMyPartnerReferrals): no call of its own. Pure, so each rule is tested without a page.
 */

/** The pages the home page links to (other features' pages: their addresses, not their code). */
export const homeLinks = {
  assessment: '/your-assessment',
  startAssessment: '/your-assessment/start',
  grants: '/grants',
  applyForGrant: '/grants/apply',
  breaks: '/breaks',
  askForBreak: '/breaks/ask',
  emergencyPlans: '/emergency-plans',
  answerReferral: (referralId: string) => `/sharing-your-information/referrals/${referralId}`,
} as const;

/** A plan or a review counts as due this many days before its date. */
export const dueSoonDays = 30;

/** yyyy-mm-dd plus whole days, by the calendar (no time zone can move it). */
export function addDays(isoDay: string, days: number): string {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

export type ReviewState = 'overdue' | 'dueSoon' | 'upToDate';

/** Where a review date stands today: past, within `dueSoonDays`, or later. */
export function reviewState(nextReviewOn: string, today: string, overdue = false): ReviewState {
  if (overdue || nextReviewOn < today) return 'overdue';
  return nextReviewOn <= addDays(today, dueSoonDays) ? 'dueSoon' : 'upToDate';
}

/** A self-assessment the carer is still filling in (the assessment pages' own rule). */
export function stillFillingIn(assessment: Assessment): boolean {
  return assessment.selfAssessment && assessment.status === 'inProgress' && !assessment.submittedAt;
}

/** The key of the sentence that says what happens next with the carer's latest assessment. */
export type AssessmentNextStep =
  | 'requested'
  | 'offered'
  | 'scheduled'
  | 'scheduledNoDate'
  | 'fillingIn'
  | 'sent'
  | 'underWay'
  | 'declined'
  | 'eligible'
  | 'notEligible'
  | 'decided'
  | 'reviewed';

export function assessmentNextStep(assessment: Assessment): AssessmentNextStep {
  switch (assessment.status) {
    case 'requested':
      return 'requested';
    case 'offered':
      return 'offered';
    case 'scheduled':
      return assessment.scheduledFor ? 'scheduled' : 'scheduledNoDate';
    case 'inProgress':
      return stillFillingIn(assessment) ? 'fillingIn' : assessment.submittedAt ? 'sent' : 'underWay';
    case 'declined':
      return 'declined';
    case 'completed':
      return assessment.decision ? (assessment.decision.eligible ? 'eligible' : 'notEligible') : 'decided';
    case 'reviewed':
      return 'reviewed';
  }
}

/** The newest support plan (assessments come newest first), with the assessment it belongs to. */
export function latestSupportPlan(assessments: Assessment[]): { assessmentId: string; plan: SupportPlan } | null {
  for (const assessment of assessments) {
    if (assessment.supportPlan) return { assessmentId: assessment.id, plan: assessment.supportPlan };
  }
  return null;
}

/** Grants still on their way: waiting for a decision, or approved and not yet paid. */
export function grantsInProgress(grants: GrantApplication[]): GrantApplication[] {
  return grants.filter((grant) => grant.status === 'submitted' || grant.status === 'approved');
}

/** Breaks asked for, approved or confirmed that have not ended, soonest first. */
export function breaksInProgress(breaks: Break[], today: string): Break[] {
  return breaks
    .filter((item) => (item.status === 'requested' || item.status === 'approved' || item.status === 'confirmed') && item.endsOn >= today)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn));
}

export type ThingToDo =
  | { kind: 'answerReferral'; id: string; to: string; partner: string; referredAt: string }
  | { kind: 'finishAssessment'; id: string; to: string }
  | { kind: 'startAssessment'; id: string; to: string }
  | { kind: 'reviewEmergencyPlan'; id: string; to: string; caredForName: string; nextReviewOn: string; overdue: boolean };

/**
 * What is waiting for the carer, most pressing first: a partner waiting for their answer, an
 * emergency plan due for its check, a self-assessment to finish (or none asked for yet).
 */
export function thingsToDo(input: {
  /** null when they could not be read: nothing is said about the assessment then. */
  assessments: Assessment[] | null;
  plans: EmergencyPlan[];
  referrals: AwaitingPartnerReferral[];
  today: string;
}): ThingToDo[] {
  const todo: ThingToDo[] = input.referrals.map((referral) => ({
    kind: 'answerReferral',
    id: `referral-${referral.referralId}`,
    to: homeLinks.answerReferral(referral.referralId),
    partner: referral.partner,
    referredAt: referral.referredAt,
  }));
  for (const plan of input.plans) {
    const state = reviewState(plan.nextReviewOn, input.today, plan.reviewOverdue);
    if (state === 'upToDate') continue;
    todo.push({
      kind: 'reviewEmergencyPlan',
      id: `plan-${plan.id}`,
      to: homeLinks.emergencyPlans,
      caredForName: plan.caredForName,
      nextReviewOn: plan.nextReviewOn,
      overdue: state === 'overdue',
    });
  }
  if (input.assessments === null) return todo;
  const latest = input.assessments[0];
  if (!latest) todo.push({ kind: 'startAssessment', id: 'start-assessment', to: homeLinks.startAssessment });
  else if (stillFillingIn(latest)) todo.push({ kind: 'finishAssessment', id: 'finish-assessment', to: homeLinks.assessment });
  return todo;
}
