import type { GpContactOutcome } from './api/list-gp-identified-people';

export const contactOutcomeLabels: Record<GpContactOutcome, string> = {
  registered: 'Registered as a carer',
  declined: 'Declined',
  notACarer: 'Not a carer',
  couldNotReach: 'Could not reach',
};

/** The outcomes staff record on the attempt page; registering goes through the registration form. */
export const recordableOutcomes = ['couldNotReach', 'declined', 'notACarer'] as const satisfies readonly GpContactOutcome[];
export type RecordableOutcome = (typeof recordableOutcomes)[number];

export const recordableOutcomeHints: Record<RecordableOutcome, string> = {
  couldNotReach: 'They stay on the worklist so someone can try again.',
  declined: 'They do not want support from us now. They leave the worklist.',
  notACarer: 'They do not look after anyone unpaid. They leave the worklist.',
};

/** The banner after an attempt is saved. */
export function attemptSavedText(outcome: RecordableOutcome, nhsNumber: string): string {
  return outcome === 'couldNotReach'
    ? `Attempt recorded for NHS number ${nhsNumber}. They stay on the worklist.`
    : `${contactOutcomeLabels[outcome]} recorded for NHS number ${nhsNumber}. They have left the worklist.`;
}
