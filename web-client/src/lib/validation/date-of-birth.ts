import { i18n } from '@/i18n/i18n';

import { ageOn, parseDateParts, todayIso, type DatePart, type DateParts } from './date';

/** Carers may be as young as 5 (CHUMS works with young carers from 5); the API checks the same. */
export const minimumCarerAge = 5;

export function dateOfBirthError(
  parts: DateParts,
  { parent = false, today = todayIso() }: { parent?: boolean; today?: string } = {},
): { message: string; parts: DatePart[] } | undefined {
  const parsed = parseDateParts(parts, {
    name: i18n.t('validation:dateOfBirth'),
    missing: parent ? i18n.t('validation:dateOfBirthMissingYoungCarer') : i18n.t('validation:dateOfBirthMissing'),
  });
  if (!parsed.ok) return { message: parsed.message, parts: parsed.parts };
  const value = parsed.value!;
  const all: DatePart[] = ['day', 'month', 'year'];
  if (value > today) return { message: i18n.t('validation:dateOfBirthPast'), parts: all };
  const age = ageOn(value, today);
  if (age > 120) return { message: i18n.t('validation:dateOfBirthReal'), parts: ['year'] };
  if (age < minimumCarerAge) return { message: i18n.t('validation:carerTooYoung', { age: minimumCarerAge }), parts: all };
  if (parent && age >= 18) {
    return { message: i18n.t('validation:youngCarerTooOld'), parts: all };
  }
  return undefined;
}
