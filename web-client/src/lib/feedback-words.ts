import type { AcknowledgementState, ComplaintOutcome, FeedbackAbout, FeedbackKind, FeedbackStatus, ReceivedVia } from '@/lib/api/types';
import type { TagColour } from '@/components/govuk/misc';

/** Words for the contract's complaint and compliment codes (issue 12, decision 0016), shared by the carer's and the staff's pages. */
export const feedbackKindLabels: Record<FeedbackKind, string> = {
  complaint: 'Complaint',
  compliment: 'Compliment',
};

export const feedbackAboutLabels: Record<FeedbackAbout, string> = {
  assessment: 'A carer’s assessment',
  supportPlan: 'A support plan',
  grant: 'A carers grant',
  break: 'A break from caring',
  emergencyPlan: 'An emergency plan',
  information: 'Information or advice',
  staff: 'A member of staff',
  other: 'Something else',
};

export const feedbackStatusLabels: Record<FeedbackStatus, string> = {
  recorded: 'Thank you',
  received: 'Received',
  acknowledged: 'Acknowledged',
  responded: 'Answered',
};

export const feedbackStatusColours: Record<FeedbackStatus, TagColour> = {
  recorded: 'green',
  received: 'blue',
  acknowledged: 'yellow',
  responded: 'green',
};

export const receivedViaLabels: Record<ReceivedVia, string> = {
  online: 'Online',
  phone: 'By phone',
  letter: 'By letter',
  email: 'By email',
  inPerson: 'In person',
};

export const complaintOutcomeLabels: Record<ComplaintOutcome, string> = {
  upheld: 'Upheld',
  partlyUpheld: 'Partly upheld',
  notUpheld: 'Not upheld',
};

export const acknowledgementLabels: Record<AcknowledgementState, string> = {
  due: 'Due',
  atRisk: 'At risk',
  overdue: 'Overdue',
  acknowledged: 'Acknowledged',
};

export const acknowledgementColours: Record<AcknowledgementState, TagColour> = {
  due: 'grey',
  atRisk: 'orange',
  overdue: 'red',
  acknowledged: 'green',
};

/** Complaint and compliment text: up to 4,000 characters over several lines, without < or > (as the API checks). */
export const feedbackTextMax = 4000;
/** Markup brackets, or a control character other than a tab or a line break. */
function unsafe(text: string): boolean {
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (char === '<' || char === '>' || code === 0x7f || (code < 0x20 && char !== '\t' && char !== '\n' && char !== '\r')) return true;
  }
  return false;
}

/** The message for free text that breaks the API's rule, or undefined. */
export function feedbackTextError(text: string, missing: string, max = feedbackTextMax, name = 'This'): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return missing;
  if (trimmed.length > max) return `${name} must be ${max.toLocaleString('en-GB')} characters or fewer`;
  if (unsafe(trimmed)) return `${name} must not include < or >`;
  return undefined;
}
