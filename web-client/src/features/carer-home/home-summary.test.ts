import { describe, expect, it } from 'vitest';
import type { Assessment, AwaitingPartnerReferral, EmergencyPlan } from '@/lib/api/types';
import { aBreak } from '@/testing/break-fixture';
import {
  addDays,
  assessmentNextStep,
  breaksInProgress,
  grantsInProgress,
  latestSupportPlan,
  reviewState,
  thingsToDo,
} from './home-summary';
import { anAssessment, aGrant, aPlan, aReferral, aSupportPlan } from './home-fixtures';

const today = '2026-12-02';

describe('the home page summary', () => {
  it('counts days by the calendar, across months and years', () => {
    expect(addDays('2026-12-02', 30)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('says a review is overdue before today, due within 30 days, else up to date', () => {
    expect(reviewState('2026-12-01', today)).toBe('overdue');
    expect(reviewState('2026-12-02', today)).toBe('dueSoon');
    expect(reviewState('2027-01-01', today)).toBe('dueSoon');
    expect(reviewState('2027-01-02', today)).toBe('upToDate');
    expect(reviewState('2027-06-01', today, true)).toBe('overdue'); // the API's own word wins
  });

  it('gives the assessment’s next step from its status, its date and its decision', () => {
    expect(assessmentNextStep(anAssessment({ status: 'requested' }))).toBe('requested');
    expect(assessmentNextStep(anAssessment({ status: 'scheduled', scheduledFor: '2026-12-10' }))).toBe('scheduled');
    expect(assessmentNextStep(anAssessment({ status: 'scheduled', scheduledFor: null }))).toBe('scheduledNoDate');
    expect(assessmentNextStep(anAssessment({ status: 'inProgress', selfAssessment: true }))).toBe('fillingIn');
    expect(assessmentNextStep(anAssessment({ status: 'inProgress', selfAssessment: true, submittedAt: '2026-11-30T10:00:00Z' }))).toBe('sent');
    expect(assessmentNextStep(anAssessment({ status: 'inProgress', selfAssessment: false }))).toBe('underWay');
    expect(assessmentNextStep(anAssessment({ status: 'completed' }))).toBe('decided');
    const decision = { needsArise: true, healthAtRisk: true, significantImpact: true, outcomes: {}, explanation: 'x', assessorReasons: 'y', decidedAt: '2026-11-30T10:00:00Z' };
    expect(assessmentNextStep(anAssessment({ status: 'completed', decision: { ...decision, eligible: true } }))).toBe('eligible');
    expect(assessmentNextStep(anAssessment({ status: 'completed', decision: { ...decision, eligible: false } }))).toBe('notEligible');
  });

  it('finds the newest support plan, newest first', () => {
    const newer = aSupportPlan({ nextReviewOn: '2027-11-01' });
    expect(latestSupportPlan([anAssessment({ id: 'a' }), anAssessment({ id: 'b', supportPlan: newer }), anAssessment({ id: 'c', supportPlan: aSupportPlan() })])).toEqual({
      assessmentId: 'b',
      plan: newer,
    });
    expect(latestSupportPlan([anAssessment()])).toBeNull();
  });

  it('keeps grants waiting or approved, and breaks not ended nor closed, soonest first', () => {
    const grants = grantsInProgress([aGrant({ id: '1', status: 'submitted' }), aGrant({ id: '2', status: 'paid' }), aGrant({ id: '3', status: 'approved' }), aGrant({ id: '4', status: 'declined' })]);
    expect(grants.map((grant) => grant.id)).toEqual(['1', '3']);
    const breaks = breaksInProgress(
      [
        aBreak({ id: 'later', status: 'confirmed', startsOn: '2026-12-20', endsOn: '2026-12-21' }),
        aBreak({ id: 'past', status: 'confirmed', startsOn: '2026-11-20', endsOn: '2026-12-01' }),
        aBreak({ id: 'cancelled', status: 'cancelled', startsOn: '2026-12-05', endsOn: '2026-12-05' }),
        aBreak({ id: 'today', status: 'requested', startsOn: '2026-12-01', endsOn: '2026-12-02' }),
      ],
      today,
    );
    expect(breaks.map((item) => item.id)).toEqual(['today', 'later']);
  });

  it('lists what waits for the carer: a partner’s referral, a plan to check, an assessment to finish or ask for', () => {
    const referrals: AwaitingPartnerReferral[] = [aReferral()];
    const plans: EmergencyPlan[] = [aPlan({ id: 'due', nextReviewOn: '2026-12-20' }), aPlan({ id: 'fine', nextReviewOn: '2027-06-01' }), aPlan({ id: 'late', nextReviewOn: '2026-11-01', reviewOverdue: true })];
    const assessments: Assessment[] = [anAssessment({ status: 'inProgress', selfAssessment: true })];
    const todo = thingsToDo({ assessments, plans, referrals, today });
    expect(todo.map((item) => item.kind)).toEqual(['answerReferral', 'reviewEmergencyPlan', 'reviewEmergencyPlan', 'finishAssessment']);
    expect(todo[0]).toMatchObject({ to: '/sharing-your-information/referrals/55555555-5555-4555-8555-555555555555', partner: 'CarersCentral' });
    expect(todo.filter((item) => item.kind === 'reviewEmergencyPlan').map((item) => [item.id, item.kind === 'reviewEmergencyPlan' && item.overdue])).toEqual([
      ['plan-due', false],
      ['plan-late', true],
    ]);

    expect(thingsToDo({ assessments: [], plans: [], referrals: [], today }).map((item) => item.kind)).toEqual(['startAssessment']);
    expect(thingsToDo({ assessments: [anAssessment({ status: 'scheduled' })], plans: [], referrals: [], today })).toEqual([]);
    // Assessments that could not be read: nothing is said about an assessment, rather than "ask for one".
    expect(thingsToDo({ assessments: null, plans: [], referrals: [], today })).toEqual([]);
  });
});
