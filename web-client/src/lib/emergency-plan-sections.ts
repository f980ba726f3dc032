/**
 * The emergency plan (SPEC §6) as the carer writes it, a section at a time: the sections of the
 * task list, the questions on each section's page, when a section is complete, and the plan's
 * words for anyone reading it (the printed plan, emergency duty staff).
 */
import type { EmergencyContact, EmergencyPlan, EmergencyPlanContent } from '@/lib/api/types';
import { addDays } from '@/lib/calendar';
import { phoneError } from '@/lib/validation/contact';
import { nameError } from '@/lib/validation/name';

export type PlanTextField = Exclude<keyof EmergencyPlanContent, 'contacts'>;

export type PlanQuestion = {
  field: PlanTextField;
  /** The question, naming the person cared for. */
  label: (name: string) => string;
  /** The plan's heading for the answer, for anyone reading it. */
  shortLabel: string;
  hint: string;
  required: boolean;
  /** The error when a required answer is missing. */
  missing: (name: string) => string;
  /** The API's limit. */
  maxLength: number;
  rows: number;
};

export type PlanSectionId = 'care' | 'medication' | 'routines' | 'left-alone' | 'gp' | 'contacts';

export type PlanSection = {
  id: PlanSectionId;
  title: string;
  /** The page's heading, naming the person cared for. */
  heading: (name: string) => string;
  /** Empty for the contacts, which have their own page. */
  questions: PlanQuestion[];
};

export const maxContacts = 3;

export const planSections: PlanSection[] = [
  {
    id: 'care',
    title: 'Care needed',
    heading: (name) => `The care ${name} needs`,
    questions: [
      {
        field: 'careNeeded',
        label: (name) => `What care does ${name} need?`,
        shortLabel: 'Care needed',
        hint: 'For example, help to wash and dress, to eat, to move around or to go to the toilet.',
        required: true,
        missing: (name) => `Enter the care ${name} needs`,
        maxLength: 2000,
        rows: 6,
      },
      {
        field: 'whenNeeded',
        label: () => 'When do they need it?',
        shortLabel: 'When it is needed',
        hint: 'For example, every morning at 8am, at lunchtime and at bedtime.',
        required: true,
        missing: () => 'Enter when they need care',
        maxLength: 1000,
        rows: 4,
      },
    ],
  },
  {
    id: 'medication',
    title: 'Medication',
    heading: (name) => `${name}’s medication`,
    questions: [
      {
        field: 'medication',
        label: (name) => `What medicines does ${name} take, and when?`,
        shortLabel: 'Medication',
        hint: 'Include how much they take and where the medicines are kept. If they take none, say so.',
        required: true,
        missing: (name) => `Enter the medicines ${name} takes, or say they take none`,
        maxLength: 2000,
        rows: 6,
      },
    ],
  },
  {
    id: 'routines',
    title: 'Routines, keys and pets',
    heading: (name) => `${name}’s routines, keys and pets`,
    questions: [
      {
        field: 'routines',
        label: (name) => `What routines does ${name} have?`,
        shortLabel: 'Routines',
        hint: 'For example, meal times and bedtime, and things that help them feel calm or that upset them.',
        required: true,
        missing: (name) => `Enter ${name}’s routines`,
        maxLength: 2000,
        rows: 5,
      },
      {
        field: 'keys',
        label: () => 'Where are the keys to the home, and who else has a set?',
        shortLabel: 'Keys',
        hint: 'For example, a neighbour has a spare set. Do not write the code of a key safe here.',
        required: true,
        missing: () => 'Enter where the keys are',
        maxLength: 1000,
        rows: 3,
      },
      {
        field: 'pets',
        label: () => 'Are there any pets, and who can look after them? (optional)',
        shortLabel: 'Pets',
        hint: 'Leave this empty if there are no pets.',
        required: false,
        missing: () => '',
        maxLength: 1000,
        rows: 3,
      },
    ],
  },
  {
    id: 'left-alone',
    title: 'Being left alone',
    heading: (name) => `How long can ${name} be left alone?`,
    questions: [
      {
        field: 'canBeLeftAloneFor',
        label: (name) => `How long can ${name} be left alone?`,
        shortLabel: 'Can be left alone for',
        hint: 'For example, not at all, an hour, or a day if someone phones them.',
        required: true,
        missing: (name) => `Enter how long ${name} can be left alone`,
        maxLength: 500,
        rows: 3,
      },
    ],
  },
  {
    id: 'gp',
    title: 'GP',
    heading: (name) => `${name}’s GP`,
    questions: [
      {
        field: 'gp',
        label: (name) => `Who is ${name}’s GP?`,
        shortLabel: 'GP',
        hint: 'The name of the surgery and its telephone number.',
        required: true,
        missing: (name) => `Enter ${name}’s GP`,
        maxLength: 500,
        rows: 3,
      },
    ],
  },
  {
    id: 'contacts',
    title: 'Emergency contacts',
    heading: (name) => `Who can we contact in an emergency about ${name}?`,
    questions: [],
  },
];

export function findPlanSection(id: string | undefined): PlanSection | undefined {
  return planSections.find((section) => section.id === id);
}

export type PlanSectionStatus = 'notStarted' | 'inProgress' | 'completed';

const filled = (value: string | null | undefined) => Boolean(value && value.trim() !== '');

/** Completed once every question it needs is answered (the contacts: at least one). */
export function planSectionStatus(content: EmergencyPlanContent | undefined, section: PlanSection): PlanSectionStatus {
  if (section.id === 'contacts') return (content?.contacts?.length ?? 0) > 0 ? 'completed' : 'notStarted';
  const answered = section.questions.filter((question) => filled(content?.[question.field]));
  if (answered.length === 0) return 'notStarted';
  return section.questions.every((question) => !question.required || filled(content?.[question.field])) ? 'completed' : 'inProgress';
}

export function completedSections(content: EmergencyPlanContent | undefined): number {
  return planSections.filter((section) => planSectionStatus(content, section) === 'completed').length;
}

/** One section's answers as the page holds them (text as typed). */
export type SectionValues = Partial<Record<PlanTextField, string>>;

export function sectionValuesOf(content: EmergencyPlanContent | undefined, section: PlanSection): SectionValues {
  return Object.fromEntries(section.questions.map((question) => [question.field, content?.[question.field] ?? '']));
}

/** What is wrong with a section's answers, by field (the fields in page order). */
export function sectionErrors(section: PlanSection, values: SectionValues, name: string): Record<string, string | undefined> {
  return Object.fromEntries(
    section.questions.map((question) => {
      const value = values[question.field] ?? '';
      const message =
        question.required && value.trim() === ''
          ? question.missing(name)
          : value.length > question.maxLength
            ? `${question.shortLabel} must be ${question.maxLength.toLocaleString('en-GB')} characters or fewer`
            : undefined;
      return [question.field, message];
    }),
  );
}

/**
 * The whole plan with one section's answers replaced: SaveEmergencyPlan replaces the plan, so
 * every other section goes back as it was. Empty answers are sent as null.
 */
export function withSection(content: EmergencyPlanContent | undefined, values: SectionValues): EmergencyPlanContent {
  const next: EmergencyPlanContent = { ...(content ?? {}) };
  for (const [field, value] of Object.entries(values) as [PlanTextField, string | undefined][]) {
    const trimmed = (value ?? '').trim();
    next[field] = trimmed === '' ? null : trimmed;
  }
  return next;
}

/** A contact as the page holds it: text as typed, yes or no as chosen. */
export type ContactValues = { name: string; phone: string; relationship: string; consentGiven: 'yes' | 'no' | ''; holdsCopy: 'yes' | 'no' | '' };

export const emptyContact: ContactValues = { name: '', phone: '', relationship: '', consentGiven: '', holdsCopy: '' };

const yesNo = (value: boolean | null | undefined): 'yes' | 'no' | '' => (value === true ? 'yes' : value === false ? 'no' : '');

export function contactValuesOf(content: EmergencyPlanContent | undefined): ContactValues[] {
  const contacts = content?.contacts ?? [];
  if (contacts.length === 0) return [{ ...emptyContact }];
  return contacts.map((contact) => ({
    name: contact.name ?? '',
    phone: contact.phone ?? '',
    relationship: contact.relationship ?? '',
    consentGiven: yesNo(contact.consentGiven),
    holdsCopy: yesNo(contact.holdsCopy),
  }));
}

/** Field ids of one contact's inputs on the page (contact 1 is index 0). */
export const contactFieldId = (index: number, field: keyof ContactValues) => `contacts-${index}-${field}`;

/**
 * The contacts' answers checked, keyed by field id; and the contacts as the API takes them. A
 * contact left completely empty is dropped (the carer added one and then had nobody to name).
 */
export function contactsToRequest(values: ContactValues[]): { contacts: EmergencyContact[]; errors: Record<string, string | undefined> } {
  const errors: Record<string, string | undefined> = {};
  const isBlank = (contact: ContactValues) => Object.values(contact).every((value) => value.trim() === '');
  const several = values.length > 1;
  let kept = 0;
  values.forEach((contact, index) => {
    if (isBlank(contact)) return;
    kept += 1;
    const which = several ? ` of contact ${index + 1}` : '';
    const them = several ? `contact ${index + 1}` : 'they';
    errors[contactFieldId(index, 'name')] = nameError(contact.name, `the name${which}`);
    errors[contactFieldId(index, 'phone')] = phoneError(contact.phone, true)?.replace('Enter a phone number', `Enter the phone number${which}`);
    errors[contactFieldId(index, 'relationship')] =
      contact.relationship.trim() === '' ? undefined : nameError(contact.relationship, several ? `who contact ${index + 1} is` : 'who they are');
    errors[contactFieldId(index, 'consentGiven')] = contact.consentGiven ? undefined : `Select whether ${them} agreed to be an emergency contact`;
    errors[contactFieldId(index, 'holdsCopy')] = contact.holdsCopy ? undefined : `Select whether ${them} ${several ? 'has' : 'have'} a copy of the plan`;
  });
  if (kept === 0) errors[contactFieldId(0, 'name')] = 'Enter the name of at least one emergency contact';
  else if (kept > maxContacts) errors[contactFieldId(0, 'name')] = `Give at most ${maxContacts} emergency contacts`;
  const contacts = values
    .filter((contact) => !isBlank(contact))
    .map((contact) => ({
      name: contact.name.trim(),
      phone: contact.phone.trim(),
      relationship: contact.relationship.trim() === '' ? null : contact.relationship.trim(),
      consentGiven: contact.consentGiven === 'yes',
      holdsCopy: contact.holdsCopy === 'yes',
    }));
  return { contacts, errors };
}

/** The review reminder a plan needs: overdue (the API says so), due within a month, or none. */
export function reviewReminder(plan: Pick<EmergencyPlan, 'nextReviewOn' | 'reviewOverdue'>, today: string): 'overdue' | 'dueSoon' | null {
  if (plan.reviewOverdue) return 'overdue';
  return plan.nextReviewOn <= addDays(today, 30) ? 'dueSoon' : null;
}
