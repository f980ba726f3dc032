/**
 * Whole days as ISO dates (yyyy-mm-dd), without time zones: the API's `date` fields are days,
 * so arithmetic is done on UTC midnights and never drifts across a clock change.
 *
 * Days and lengths of time are written in the pages' language: English as GOV.UK writes them,
 * any other language as Intl writes it (decision 0038).
 */
import { currentLocale } from '@/i18n/i18n';

const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const monthNames = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export type WeekdayCode = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** Monday first, as the API (and a UK week) counts them. */
export const weekdayCodes: WeekdayCode[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function parse(iso: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Not an ISO date: ${iso}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

function format(date: Date): string {
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return format(parse(value)) === value;
}

export function addDays(iso: string, days: number): string {
  const date = parse(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return format(date);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parse(to).getTime() - parse(from).getTime()) / 86_400_000);
}

/** Every day from `from` to `to`, both included. */
export function dayRange(from: string, to: string): string[] {
  const count = daysBetween(from, to);
  return Array.from({ length: Math.max(0, count + 1) }, (_, index) => addDays(from, index));
}

export function weekdayOf(iso: string): WeekdayCode {
  const day = parse(iso).getUTCDay();
  return weekdayCodes[(day + 6) % 7]!;
}

/** The Monday of the week (Monday to Sunday) a day falls in. */
export function mondayOf(iso: string): string {
  return addDays(iso, -((parse(iso).getUTCDay() + 6) % 7));
}

/** "Wednesday 25 November 2026", or without the year. */
export function formatDayLong(iso: string, withYear = true): string {
  const date = parse(iso);
  const locale = otherLocale();
  if (locale) return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: withYear ? 'numeric' : undefined, timeZone: 'UTC' }).format(date);
  const text = `${dayNames[date.getUTCDay()]} ${date.getUTCDate()} ${monthNames[date.getUTCMonth()]}`;
  return withYear ? `${text} ${date.getUTCFullYear()}` : text;
}

/** "Wed 25 Nov": a column heading where space is short (the long form goes beside it for screen readers). */
export function formatDayShort(iso: string): string {
  const date = parse(iso);
  const locale = otherLocale();
  if (locale) return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(date);
  return `${dayNames[date.getUTCDay()]!.slice(0, 3)} ${date.getUTCDate()} ${monthNames[date.getUTCMonth()]!.slice(0, 3)}`;
}

/** "23 to 29 November 2026", "30 November to 6 December 2026", "28 December 2026 to 3 January 2027". */
export function formatDayRange(from: string, to: string): string {
  const a = parse(from);
  const b = parse(to);
  const locale = otherLocale();
  if (locale) return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(a, b);
  if (from === to) return `${b.getUTCDate()} ${monthNames[b.getUTCMonth()]} ${b.getUTCFullYear()}`;
  const end = `${b.getUTCDate()} ${monthNames[b.getUTCMonth()]} ${b.getUTCFullYear()}`;
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${a.getUTCDate()} ${monthNames[a.getUTCMonth()]} ${a.getUTCFullYear()} to ${end}`;
  if (a.getUTCMonth() !== b.getUTCMonth()) return `${a.getUTCDate()} ${monthNames[a.getUTCMonth()]} to ${end}`;
  return `${a.getUTCDate()} to ${end}`;
}

/** "Monday to Friday", "Monday to Saturday", "every day", "Monday, Wednesday and Friday". */
export function formatWeekdays(days: readonly WeekdayCode[]): string {
  const sorted = weekdayCodes.filter((code) => days.includes(code));
  if (sorted.length === 7) return 'every day';
  if (sorted.length === 0) return 'no days';
  const names = sorted.map((code) => code.charAt(0).toUpperCase() + code.slice(1));
  const first = weekdayCodes.indexOf(sorted[0]!);
  const consecutive = sorted.every((code, index) => weekdayCodes.indexOf(code) === first + index);
  if (consecutive && sorted.length >= 3) return `${names[0]} to ${names[names.length - 1]}`;
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "30 minutes", "1 hour", "2 hours 30 minutes". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const locale = otherLocale();
  if (locale) {
    const unit = (value: number, name: 'hour' | 'minute') => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
    return [hours === 0 ? '' : unit(hours, 'hour'), rest === 0 ? '' : unit(rest, 'minute')].filter(Boolean).join(' ') || unit(0, 'minute');
  }
  const hourText = hours === 0 ? '' : hours === 1 ? '1 hour' : `${hours} hours`;
  const minuteText = rest === 0 ? '' : `${rest} minutes`;
  return [hourText, minuteText].filter(Boolean).join(' ') || '0 minutes';
}

/** The locale to write days in when the pages are not in English; null in English (GOV.UK's own style). */
function otherLocale(): string | null {
  const locale = currentLocale();
  return locale === 'en-GB' ? null : locale;
}
