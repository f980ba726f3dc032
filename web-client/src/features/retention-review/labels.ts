import type { RetentionConcern, RetentionDataKind, RetentionReview, RetentionReviewStatus, RetentionRun } from '@/lib/api/types';

export const closedReasonLabels: Record<RetentionReview['closedReason'], string> = {
  exCarer: 'No longer a carer',
  noContact: 'No contact',
  died: 'Died',
  movedAway: 'Moved away',
  merged: 'Merged into another record',
};

export const reviewStatusLabels: Record<RetentionReviewStatus, string> = {
  due: 'Due for review',
  approved: 'Approved',
  rejected: 'Kept',
  anonymised: 'Anonymised',
  failed: 'Failed, will be tried again',
};

export const reviewStatusColours: Record<RetentionReviewStatus, 'blue' | 'green' | 'grey' | 'red' | 'yellow'> = {
  due: 'blue',
  approved: 'yellow',
  rejected: 'grey',
  anonymised: 'green',
  failed: 'red',
};

export const dataKindLabels: Record<RetentionDataKind, string> = {
  identity: 'Name, full date of birth (the year stays) and full postcode (the district stays)',
  contactDetails: 'Email, phone and address',
  nhsNumber: 'NHS number',
  signIn: 'Sign-in to the carer’s account',
  caredForPeople: 'Details of the people cared for',
  assessments: 'Assessment answers, decisions and notes',
  supportPlans: 'Support plan text',
  emergencyPlans: 'Emergency plans: contacts and care notes',
  feedback: 'Complaint and compliment text',
  informationRequests: 'Information request details',
  grants: 'What grants were to help with, and officers’ reasons',
  partnerSupportNotes: 'Partners’ support notes',
};

export const concernLabels: Record<RetentionConcern, string> = {
  openComplaint: 'A complaint has not been responded to',
  grantNotPaid: 'A grant was approved and not yet paid',
  grantAwaitingDecision: 'A grant application is waiting for a decision',
  breakBooked: 'A break is booked or waiting for a decision',
  informationRequestOpen: 'An information request is still open',
  possibleDuplicate: 'A possible duplicate record is waiting in the match queue',
};

/** One line for a run in the log: what it did, in words. */
export function runSummary(run: RetentionRun): string {
  if (run.status === 'running') return 'Running';
  const listed = `${run.listed} ${run.listed === 1 ? 'record' : 'records'} past ${run.listed === 1 ? 'its' : 'their'} date`;
  if (run.mode === 'dryRun') return `Dry run: ${listed} would be listed; ${run.toAnonymise} approved would be anonymised. Nothing was changed.`;
  const failed = run.failed > 0 ? `; ${run.failed} failed and will be tried again` : '';
  const outcome = run.status === 'failed' ? ` The run stopped: ${run.failureReason ?? 'unknown reason'}.` : '';
  return `${listed} listed; ${run.anonymised} anonymised${failed}.${outcome}`;
}

const unsafe = /[<>\p{Cc}]/u;

/** The reason for keeping a record: required, 1,000 characters at most, no markup. */
export function rejectionReasonError(reason: string): string | undefined {
  const trimmed = reason.trim();
  if (trimmed === '') return 'Enter why the record is kept';
  if (trimmed.length > 1000) return 'The reason must be 1,000 characters or fewer';
  if (unsafe.test(trimmed)) return 'The reason must not include < or >';
  return undefined;
}
