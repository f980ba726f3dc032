import { ageOn, parseDateParts, todayIso, type DatePart, type DateParts } from './date';

/** Carers may be as young as 5 (CHUMS works with young carers from 5); the API checks the same. */
export const minimumCarerAge = 5;

export function dateOfBirthError(
  parts: DateParts,
  { parent = false, today = todayIso() }: { parent?: boolean; today?: string } = {},
): { message: string; parts: DatePart[] } | undefined {
  const parsed = parseDateParts(parts, {
    name: 'Date of birth',
    missing: parent ? 'Enter the young carer’s date of birth' : 'Enter your date of birth',
  });
  if (!parsed.ok) return { message: parsed.message, parts: parsed.parts };
  const value = parsed.value!;
  const all: DatePart[] = ['day', 'month', 'year'];
  if (value > today) return { message: 'Date of birth must be in the past', parts: all };
  const age = ageOn(value, today);
  if (age > 120) return { message: 'Enter a real date of birth', parts: ['year'] };
  if (age < minimumCarerAge) return { message: `A carer must be ${minimumCarerAge} or over`, parts: all };
  if (parent && age >= 18) {
    return { message: 'A parent can register a young carer under 18. A carer aged 18 or over registers themselves', parts: all };
  }
  return undefined;
}
