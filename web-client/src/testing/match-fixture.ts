import type { MatchPerson } from '@/lib/api/types';

/** What a record holds as the match queue answers it (ListMatchCandidates): nothing, unless overridden. */
export function holdings(overrides: Partial<MatchPerson['holds']> = {}): MatchPerson['holds'] {
  return {
    caredForPeople: 0,
    assessments: 0,
    supportPlans: 0,
    grants: 0,
    breaks: 0,
    emergencyPlans: 0,
    hasEmergencyCard: false,
    consentsInForce: 0,
    partnerReferrals: 0,
    partnerSupport: 0,
    gpFlags: 0,
    feedback: 0,
    informationRequests: 0,
    ...overrides,
  };
}
