/**
 * The emergency plan (SPEC §6) as the carer writes it, a section at a time: the sections of the
 * task list, the questions on each section's page, when a section is complete, and the plan's
 * words for anyone reading it (the printed plan, emergency duty staff).
 */
import type { EmergencyContact, EmergencyPlan, EmergencyPlanContent } from '@/lib/api/types';
import { currentLocale, i18n } from '@/i18n/i18n';
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

type Field = PlanTextField;

/** A question whose words come from the `emergencyPlans` namespace, in the pages' language when read. */
function textQuestion(field: Field, required: boolean, maxLength: number, rows: number): PlanQuestion {
  return {
    field,
    label: (name) => i18n.t(`emergencyPlans:questions.${field}.label`, { name }),
    get shortLabel() {
      return i18n.t(`emergencyPlans:questions.${field}.shortLabel`);
    },
    get hint() {
      return i18n.t(`emergencyPlans:questions.${field}.hint`);
    },
    required,
    missing: (name) => i18n.t(`emergencyPlans:questions.${field}.missing`, { name }),
    maxLength,
    rows,
  };
}

function planSection(id: PlanSectionId, questions: PlanQuestion[]): PlanSection {
  return {
    id,
    get title() {
      return i18n.t(`emergencyPlans:sections.${id}.title`);
    },
    heading: (name) => i18n.t(`emergencyPlans:sections.${id}.heading`, { name }),
    questions,
  };
}

export const planSections: PlanSection[] = [
  planSection('care', [textQuestion('careNeeded', true, 2000, 6), textQuestion('whenNeeded', true, 1000, 4)]),
  planSection('medication', [textQuestion('medication', true, 2000, 6)]),
  planSection('routines', [textQuestion('routines', true, 2000, 5), textQuestion('keys', true, 1000, 3), textQuestion('pets', false, 1000, 3)]),
  planSection('left-alone', [textQuestion('canBeLeftAloneFor', true, 500, 3)]),
  planSection('gp', [textQuestion('gp', true, 500, 3)]),
  planSection('contacts', []),
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
            ? i18n.t('emergencyPlans:tooLong', { what: question.shortLabel, max: question.maxLength.toLocaleString(currentLocale()) })
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
    // The shared validators say what is wrong; the words are this page's, in the pages' language.
    const message = (key: ContactErrorKey, max?: number) =>
      several ? i18n.t(`emergencyPlans:contacts.errors.${key}Of`, { number: index + 1, max }) : i18n.t(`emergencyPlans:contacts.errors.${key}`, { max });
    const nameProblem = (input: string, what: 'name' | 'relationship') => {
      const error = nameError(input, what);
      if (!error) return undefined;
      if (error.startsWith('Enter')) return message('nameMissing');
      return error.includes('characters or fewer') ? message(`${what}TooLong`, 100) : message(`${what}Characters`);
    };
    errors[contactFieldId(index, 'name')] = nameProblem(contact.name, 'name');
    const phone = phoneError(contact.phone, true);
    errors[contactFieldId(index, 'phone')] = !phone ? undefined : contact.phone.trim() === '' ? message('phoneMissing') : message('phoneFormat');
    errors[contactFieldId(index, 'relationship')] = contact.relationship.trim() === '' ? undefined : nameProblem(contact.relationship, 'relationship');
    errors[contactFieldId(index, 'consentGiven')] = contact.consentGiven ? undefined : message('consent');
    errors[contactFieldId(index, 'holdsCopy')] = contact.holdsCopy ? undefined : message('holdsCopy');
  });
  if (kept === 0) errors[contactFieldId(0, 'name')] = i18n.t('emergencyPlans:contacts.errors.none');
  else if (kept > maxContacts) errors[contactFieldId(0, 'name')] = i18n.t('emergencyPlans:contacts.errors.tooMany', { max: maxContacts });
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

type ContactErrorKey = 'nameMissing' | 'nameTooLong' | 'nameCharacters' | 'phoneMissing' | 'phoneFormat' | 'relationshipTooLong' | 'relationshipCharacters' | 'consent' | 'holdsCopy';

/** The review reminder a plan needs: overdue (the API says so), due within a month, or none. */
export function reviewReminder(plan: Pick<EmergencyPlan, 'nextReviewOn' | 'reviewOverdue'>, today: string): 'overdue' | 'dueSoon' | null {
  if (plan.reviewOverdue) return 'overdue';
  return plan.nextReviewOn <= addDays(today, 30) ? 'dueSoon' : null;
}
