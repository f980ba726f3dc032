import type { RegisterCarerRequest } from '@/lib/api/types';
import { parseDateParts } from '@/lib/validation/date';
import { normaliseNhsNumber } from '@/lib/validation/nhs-number';
import { normalisePostcode } from '@/lib/validation/contact';
import { applicableSteps, firstUnansweredStep, type RegistrationAnswers } from './registration-answers';

// Apart from the answers' rules (registration-answers.ts) because only the check answers page sends
// them: the first page's download keeps none of the NHS number and postcode code (decision 0039).

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed.length > 0 ? trimmed : undefined;
}

/**
 * The request body, or undefined while a question is unanswered. Only answers to questions that
 * still apply are sent (a contact detail for another channel, a background of another group).
 */
export function toRegisterRequest(answers: RegistrationAnswers): RegisterCarerRequest | undefined {
  const dateOfBirth = parseDateParts(answers.dateOfBirth, { name: 'Date of birth', missing: '' });
  const registeringAs = answers.registeringAs;
  const channel = answers.preferredContactChannel;
  const preferredLanguage = answers.preferredLanguage;
  if (firstUnansweredStep(answers) || !registeringAs || !channel || !preferredLanguage || !dateOfBirth.ok || !dateOfBirth.value) return undefined;
  const steps = applicableSteps(answers);
  return {
    registeringAs,
    givenName: answers.givenName.trim(),
    familyName: answers.familyName.trim(),
    dateOfBirth: dateOfBirth.value,
    addressLine1: optional(answers.addressLine1),
    addressLine2: optional(answers.addressLine2),
    town: optional(answers.town),
    postcode: normalisePostcode(answers.postcode),
    preferredContactChannel: channel,
    email: channel === 'email' ? optional(answers.email) : undefined,
    phone: channel === 'phone' || channel === 'text' ? optional(answers.phone) : undefined,
    preferredLanguage,
    reasonableAdjustments: answers.noAdjustments ? [] : answers.reasonableAdjustments,
    nhsNumber: answers.knowsNhsNumber === 'yes' ? optional(normaliseNhsNumber(answers.nhsNumber)) : undefined,
    ethnicity:
      answers.ethnicGroup === 'preferNotToSay'
        ? 'preferNotToSay'
        : steps.includes('ethnic-background') && answers.ethnicity
          ? answers.ethnicity
          : undefined,
    employmentStatus: steps.includes('employment') && answers.employmentStatus ? answers.employmentStatus : undefined,
    educationStatus: answers.educationStatus || undefined,
  };
}

