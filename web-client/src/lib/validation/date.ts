import { currentLocale, i18n } from '@/i18n/i18n';
/**
 * Reading the three boxes of a GOV.UK date input, with the Design System's error messages
 * (https://design-system.service.gov.uk/components/date-input/#error-messages).
 */

export type DateParts = { day: string; month: string; year: string };
export type DatePart = keyof DateParts;

export const emptyDateParts: DateParts = { day: '', month: '', year: '' };

export type DateResult =
  | { ok: true; value: string | null }
  | { ok: false; message: string; parts: DatePart[] };

export type DateMessages = {
  /** Sentence-case name used inside messages, like "Date of birth". */
  name: string;
  /** Shown when nothing was entered and an answer is needed, like "Enter your date of birth". */
  missing: string;
};

const monthNames = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** A month as a number 1-12: GOV.UK asks services to accept names and 3-letter abbreviations too. */
export function parseMonth(input: string): number | null {
  const text = input.trim().toLowerCase();
  if (/^\d{1,2}$/.test(text)) {
    const month = Number(text);
    return month >= 1 && month <= 12 ? month : null;
  }
  if (text.length >= 3) {
    const index = monthNames.findIndex((name) => name === text || name.slice(0, 3) === text);
    return index >= 0 ? index + 1 : null;
  }
  return null;
}

/** "Date of birth must include a day and month": GOV.UK's message for the boxes left empty, in the pages' language. */
function missingPartsMessage(name: string, parts: DatePart[]): string {
  const which = parts.length === 1 ? parts[0]! : parts.includes('day') ? (parts.includes('month') ? 'dayMonth' : 'dayYear') : 'monthYear';
  return i18n.t(`validation:dateMissing.${which}`, { name });
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function parseDateParts(raw: DateParts, messages: DateMessages, required = true): DateResult {
  const parts: DateParts = { day: raw.day.trim(), month: raw.month.trim(), year: raw.year.trim() };
  const missing = (Object.keys(parts) as DatePart[]).filter((part) => parts[part] === '');

  if (missing.length === 3) {
    return required ? { ok: false, message: messages.missing, parts: ['day', 'month', 'year'] } : { ok: true, value: null };
  }
  if (missing.length > 0) {
    return { ok: false, message: missingPartsMessage(messages.name, missing), parts: missing };
  }

  const invalid: DatePart[] = [];
  const day = /^\d{1,2}$/.test(parts.day) ? Number(parts.day) : NaN;
  const month = parseMonth(parts.month);
  if (Number.isNaN(day) || day < 1 || day > 31) invalid.push('day');
  if (month === null) invalid.push('month');
  if (!/^\d+$/.test(parts.year)) invalid.push('year');
  if (invalid.length > 0) {
    return { ok: false, message: i18n.t('validation:dateReal', { name: messages.name }), parts: invalid };
  }
  if (parts.year.length !== 4) {
    return { ok: false, message: i18n.t('validation:yearFourNumbers'), parts: ['year'] };
  }
  const year = Number(parts.year);
  if (day > daysInMonth(year, month!)) {
    return { ok: false, message: i18n.t('validation:dateReal', { name: messages.name }), parts: ['day'] };
  }
  return { ok: true, value: toIsoDate(year, month!, day) };
}

/** Today in the carer's own time zone, as yyyy-mm-dd. */
export function todayIso(now: Date = new Date()): string {
  return toIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The three boxes for an ISO date, for editing a date the API already holds. */
export function isoToDateParts(iso: string | null | undefined): DateParts {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!match) return { ...emptyDateParts };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! };
}

/** "5 January 2010": the GOV.UK style for dates; in another language, that language's long date. */
export function formatDate(iso: string | null | undefined): string {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!match) return '';
  const locale = currentLocale();
  if (locale !== 'en-GB') {
    const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }).format(day);
  }
  const month = monthNames[Number(match[2]) - 1] ?? '';
  return `${Number(match[3])} ${month.charAt(0).toUpperCase()}${month.slice(1)} ${match[1]}`;
}

/** Whole years between a date of birth and a day, as the law counts birthdays. */
export function ageOn(dateOfBirthIso: string, onIso: string): number {
  const [by, bm, bd] = dateOfBirthIso.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onIso.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h12',
});

/**
 * "5 January 2026 at 2:05pm": an instant as GOV.UK writes times, in UK time whatever the
 * browser's zone, since council staff and partners all work to it; in another language, that
 * language's long date and short time (still UK time).
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return '';
  const locale = currentLocale();
  if (locale !== 'en-GB') {
    return new Intl.DateTimeFormat(locale, { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' }).format(instant);
  }
  const parts = Object.fromEntries(londonParts.formatToParts(instant).map((part) => [part.type, part.value]));
  const period = (parts.dayPeriod ?? '').toLowerCase();
  const clock =
    parts.hour === '12' && parts.minute === '00'
      ? period === 'am'
        ? 'midnight'
        : 'midday'
      : `${parts.hour}${parts.minute === '00' ? '' : `:${parts.minute}`}${period}`;
  return `${parts.day} ${parts.month} ${parts.year} at ${clock}`;
}

const londonDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: 'long', day: 'numeric' });

/** "5 January 2026": the UK day on which an instant fell (in another language, its long date). */
export function formatDayOf(iso: string | null | undefined): string {
  if (!iso) return '';
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return '';
  const locale = currentLocale();
  return locale === 'en-GB' ? londonDay.format(instant) : new Intl.DateTimeFormat(locale, { timeZone: 'Europe/London', dateStyle: 'long' }).format(instant);
}
