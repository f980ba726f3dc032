import type { BreakType, RequestBreakRequest } from '@/lib/api/types';
import { sittingOptions } from './availability';
import { breakPaths } from './paths';

/** What the carer has chosen so far while asking for a break. */
export type BreakAnswers = {
  relationshipId: string;
  breakType: BreakType | '';
  emergency: 'yes' | 'no' | '';
  providerId: string;
  providerName: string;
  startsOn: string;
  endsOn: string;
  /** Sitting service only, as chosen (a number of minutes). */
  sittingMinutes: string;
};

export const emptyBreakAnswers: BreakAnswers = {
  relationshipId: '',
  breakType: '',
  emergency: '',
  providerId: '',
  providerName: '',
  startsOn: '',
  endsOn: '',
  sittingMinutes: '',
};

/** A new type of break, or a change to whether it is an emergency, means choosing the provider and days again. */
export function withoutSlot(answers: BreakAnswers): BreakAnswers {
  return { ...answers, providerId: '', providerName: '', startsOn: '', endsOn: '', sittingMinutes: '' };
}

/** A new provider or first day means choosing how long again. */
export function withoutLength(answers: BreakAnswers): BreakAnswers {
  return { ...answers, endsOn: '', sittingMinutes: '' };
}

/** The first page still to answer, in the order they are asked; null when every answer is there. */
export function firstUnanswered(answers: BreakAnswers): string | null {
  if (!answers.relationshipId) return breakPaths.who;
  if (!answers.breakType) return breakPaths.type;
  if (!answers.emergency) return breakPaths.emergency;
  if (!answers.providerId || !answers.startsOn) return breakPaths.when;
  if (answers.breakType === 'sittingService' ? !sittingOptions(240).includes(Number(answers.sittingMinutes)) : !answers.endsOn) return breakPaths.howLong;
  return null;
}

/** RequestBreak's body, once every answer is there. */
export function toRequestBreakRequest(answers: BreakAnswers): RequestBreakRequest | null {
  if (firstUnanswered(answers) !== null || !answers.breakType) return null;
  const sitting = answers.breakType === 'sittingService';
  return {
    relationshipId: answers.relationshipId,
    breakType: answers.breakType,
    providerId: answers.providerId,
    startsOn: answers.startsOn,
    endsOn: sitting ? answers.startsOn : answers.endsOn,
    sittingMinutes: sitting ? Number(answers.sittingMinutes) : null,
    emergency: answers.emergency === 'yes',
  };
}

/**
 * The page that asks for each field RequestBreak may refuse, so a 400 from "Send request"
 * links back to where the carer can change it.
 */
export const fieldPages: Record<string, string> = {
  relationshipId: breakPaths.who,
  breakType: breakPaths.type,
  emergency: breakPaths.emergency,
  providerId: breakPaths.when,
  startsOn: breakPaths.when,
  endsOn: breakPaths.howLong,
  sittingMinutes: breakPaths.howLong,
};
