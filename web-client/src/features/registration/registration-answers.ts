import type {
  ContactChannel,
  EducationStatus,
  EmploymentStatus,
  Ethnicity,
  LanguageCode,
  ReasonableAdjustment,
  RegisteringAs,
} from '@/lib/api/types';
import type { EthnicGroup } from '@/lib/reference-data';
import { ageOn, emptyDateParts, parseDateParts, todayIso, type DateParts } from '@/lib/validation/date';

/** Everything typed so far, as typed: kept so Back and Change show it again. */
export type RegistrationAnswers = {
  registeringAs: RegisteringAs | '';
  givenName: string;
  familyName: string;
  dateOfBirth: DateParts;
  addressLine1: string;
  addressLine2: string;
  town: string;
  postcode: string;
  preferredContactChannel: ContactChannel | '';
  email: string;
  phone: string;
  /** An ISO 639-1 code (decision 0038). */
  preferredLanguage: LanguageCode | '';
  reasonableAdjustments: ReasonableAdjustment[];
  noAdjustments: boolean;
  knowsNhsNumber: 'yes' | 'no' | '';
  nhsNumber: string;
  ethnicGroup: EthnicGroup | 'preferNotToSay' | '';
  ethnicity: Ethnicity | '';
  employmentStatus: EmploymentStatus | '';
  educationStatus: EducationStatus | '';
};

export const emptyAnswers: RegistrationAnswers = {
  registeringAs: '',
  givenName: '',
  familyName: '',
  dateOfBirth: { ...emptyDateParts },
  addressLine1: '',
  addressLine2: '',
  town: '',
  postcode: '',
  preferredContactChannel: '',
  email: '',
  phone: '',
  preferredLanguage: '',
  reasonableAdjustments: [],
  noAdjustments: false,
  knowsNhsNumber: '',
  nhsNumber: '',
  ethnicGroup: '',
  ethnicity: '',
  employmentStatus: '',
  educationStatus: '',
};

export type StepId =
  | 'who'
  | 'name'
  | 'date-of-birth'
  | 'address'
  | 'contact'
  | 'language'
  | 'adjustments'
  | 'nhs-number'
  | 'ethnic-group'
  | 'ethnic-background'
  | 'employment'
  | 'education';

export const registrationBasePath = '/register';

export function stepPath(step: StepId | 'check-answers' | 'confirmation' | 'start'): string {
  return step === 'start' ? registrationBasePath : `${registrationBasePath}/${step}`;
}

/** The person's age today, if a whole date of birth has been given. */
export function ageFromAnswers(answers: RegistrationAnswers, today: string = todayIso()): number | undefined {
  const parsed = parseDateParts(answers.dateOfBirth, { name: 'Date of birth', missing: '' });
  return parsed.ok && parsed.value ? ageOn(parsed.value, today) : undefined;
}

/** The questions in order; some only apply given earlier answers. */
export function applicableSteps(answers: RegistrationAnswers): StepId[] {
  const age = ageFromAnswers(answers);
  const steps: StepId[] = ['who', 'name', 'date-of-birth', 'address', 'contact', 'language', 'adjustments', 'nhs-number', 'ethnic-group'];
  if (answers.ethnicGroup !== '' && answers.ethnicGroup !== 'preferNotToSay') steps.push('ethnic-background');
  // Children under 16 cannot be in paid work, so they are not asked about it.
  if (age === undefined || age >= 16) steps.push('employment');
  steps.push('education');
  return steps;
}

export function nextPath(step: StepId, answers: RegistrationAnswers): string {
  const steps = applicableSteps(answers);
  const index = steps.indexOf(step);
  const next = index >= 0 ? steps[index + 1] : undefined;
  return next ? stepPath(next) : stepPath('check-answers');
}

export function previousPath(step: StepId, answers: RegistrationAnswers): string {
  const steps = applicableSteps(answers);
  const index = steps.indexOf(step);
  const previous = index > 0 ? steps[index - 1] : undefined;
  return previous ? stepPath(previous) : stepPath('start');
}

function isAnswered(step: StepId, answers: RegistrationAnswers): boolean {
  switch (step) {
    case 'who':
      return answers.registeringAs !== '';
    case 'name':
      return answers.givenName.trim() !== '' && answers.familyName.trim() !== '';
    case 'date-of-birth':
      return ageFromAnswers(answers) !== undefined;
    case 'address':
      return answers.postcode.trim() !== '';
    case 'contact':
      return answers.preferredContactChannel !== '';
    case 'language':
      return answers.preferredLanguage !== '';
    case 'adjustments':
      return answers.noAdjustments || answers.reasonableAdjustments.length > 0;
    case 'nhs-number':
      return answers.knowsNhsNumber === 'no' || (answers.knowsNhsNumber === 'yes' && answers.nhsNumber.trim() !== '');
    case 'ethnic-group':
      return answers.ethnicGroup !== '';
    case 'ethnic-background':
      return answers.ethnicity !== '';
    case 'employment':
      return answers.employmentStatus !== '';
    case 'education':
      return answers.educationStatus !== '';
  }
}

/** The first question not answered yet, so the check answers page cannot be reached half-done. */
export function firstUnansweredStep(answers: RegistrationAnswers): StepId | undefined {
  return applicableSteps(answers).find((step) => !isAnswered(step, answers));
}

/** Which question asks for each field of the request, to send server errors back to it. */
export const stepOfField: Record<string, StepId> = {
  registeringAs: 'who',
  givenName: 'name',
  familyName: 'name',
  dateOfBirth: 'date-of-birth',
  addressLine1: 'address',
  addressLine2: 'address',
  town: 'address',
  postcode: 'address',
  preferredContactChannel: 'contact',
  email: 'contact',
  phone: 'contact',
  preferredLanguage: 'language',
  reasonableAdjustments: 'adjustments',
  nhsNumber: 'nhs-number',
  ethnicity: 'ethnic-group',
  employmentStatus: 'employment',
  educationStatus: 'education',
};

const storagePrefix = 'luton-carers.registration.';

/** Answers survive a page reload in this tab only, per signed-in person. */
export function loadAnswers(subject: string): RegistrationAnswers {
  try {
    const raw = sessionStorage.getItem(storagePrefix + subject);
    if (!raw) return { ...emptyAnswers };
    const parsed = JSON.parse(raw) as Partial<RegistrationAnswers>;
    return { ...emptyAnswers, ...parsed, dateOfBirth: { ...emptyDateParts, ...parsed.dateOfBirth } };
  } catch {
    return { ...emptyAnswers };
  }
}

export function saveAnswers(subject: string, answers: RegistrationAnswers): void {
  try {
    sessionStorage.setItem(storagePrefix + subject, JSON.stringify(answers));
  } catch {
    // Without storage the answers still live in memory for this visit.
  }
}

export function clearAnswers(subject: string): void {
  try {
    sessionStorage.removeItem(storagePrefix + subject);
  } catch {
    // Nothing to clear.
  }
}

/** Words that change when a parent registers their child. */
export function voiceOf(answers: Pick<RegistrationAnswers, 'registeringAs'>) {
  const parent = answers.registeringAs === 'parentOfYoungCarer';
  return {
    parent,
    your: parent ? 'their' : 'your',
    Your: parent ? 'Their' : 'Your',
    you: parent ? 'they' : 'you',
    doYou: parent ? 'Does the young carer' : 'Do you',
    areYou: parent ? 'Is the young carer' : 'Are you',
    whose: parent ? 'the young carer’s' : 'your',
  } as const;
}
