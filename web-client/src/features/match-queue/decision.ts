import type { MatchCandidate, MatchPerson, ResolveMatchCandidateRequest } from '@/lib/api/types';

/**
 * The two records of a probable match as staff compare them: record A is the one we already
 * held, record B the one that has just come in (a referral, a GP flag) and looks like it.
 */
export type RecordLetter = 'A' | 'B';

export function recordsOf(candidate: MatchCandidate): Record<RecordLetter, MatchPerson> {
  return { A: candidate.existing, B: candidate.incoming };
}

export type MatchChoice = 'mergeKeepA' | 'mergeKeepB' | 'keepApart';

export const matchChoiceLabels: Record<MatchChoice, string> = {
  mergeKeepA: 'Merge, keeping record A',
  mergeKeepB: 'Merge, keeping record B',
  keepApart: 'Keep apart',
};

/**
 * What may be chosen: two records that each have their own sign-in cannot become one (two
 * accounts cannot share a record), so then only "keep apart" is offered.
 */
export function choicesFor(candidate: MatchCandidate): MatchChoice[] {
  return candidate.incoming.hasSignIn && candidate.existing.hasSignIn ? ['keepApart'] : ['mergeKeepA', 'mergeKeepB', 'keepApart'];
}

/** The body of ResolveMatchCandidate for a choice: a merge names the record kept. */
export function decisionFor(choice: MatchChoice, candidate: MatchCandidate): ResolveMatchCandidateRequest {
  const records = recordsOf(candidate);
  switch (choice) {
    case 'mergeKeepA':
      return { decision: 'merge', keep: records.A.id };
    case 'mergeKeepB':
      return { decision: 'merge', keep: records.B.id };
    case 'keepApart':
      return { decision: 'keepApart' };
  }
}

export function isMatchChoice(value: string): value is MatchChoice {
  return Object.hasOwn(matchChoiceLabels, value);
}

export function personName(person: Pick<MatchPerson, 'givenName' | 'familyName'>): string {
  return `${person.givenName} ${person.familyName}`.trim();
}

/** What the queue's success banner says once a match is decided. */
export function decisionDoneText(choice: MatchChoice, candidate: MatchCandidate): string {
  const records = recordsOf(candidate);
  switch (choice) {
    case 'mergeKeepA':
      return `Records merged into record A, ${personName(records.A)}`;
    case 'mergeKeepB':
      return `Records merged into record B, ${personName(records.B)}`;
    case 'keepApart':
      return `Records of ${personName(records.A)} and ${personName(records.B)} kept apart`;
  }
}
