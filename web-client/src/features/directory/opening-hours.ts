import { currentLocale, i18n } from '@/i18n/i18n';
import type { OpeningSlot, Weekday } from '@/lib/api/types';

/** Monday first, as the contract's days and the ISO week go. */
export const weekdays: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The words of opening hours, in the pages' language (English as GOV.UK writes them). */
const words = (key: HoursKey, values: Record<string, string> = {}): string => translate(`directory:hours.${key}`, values);
/** i18n.t without the key's type narrowed: the keys are checked by HoursKey against the English file. */
const translate = i18n.t.bind(i18n) as unknown as (key: string, values: Record<string, string>) => string;
type HoursKey = keyof (typeof import('@/locales/en/directory.json'))['hours'];

/** A day's name in the pages' language. */
export function weekdayName(day: Weekday): string {
  return i18n.t(`directory:weekdays.${day}`);
}

/**
 * "09:30" as GOV.UK writes times: "9:30am", "10am", "5:30pm", "midday"; "00:00" and "24:00" are
 * "midnight". Anything not HH:mm is given back as it is.
 */
export function timeInWords(hhmm: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) return hhmm;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes === 0 && (hours === 0 || hours === 24)) return words('midnight');
  if (minutes === 0 && hours === 12) return words('midday');
  const locale = currentLocale();
  // Another language writes times its own way ("9:30", "21:30"); English as GOV.UK does.
  if (locale !== 'en-GB') return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 1, hours, minutes));
  const suffix = hours < 12 || hours === 24 ? 'am' : 'pm';
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  return minutes === 0 ? `${twelve}${suffix}` : `${twelve}:${match[2]}${suffix}`;
}

/** One opening as words: "10am to 4pm"; the whole day is "24 hours". */
export function slotInWords(slot: Pick<OpeningSlot, 'opens' | 'closes'>): string {
  if (slot.opens === '00:00' && slot.closes === '24:00') return words('allDay');
  return words('range', { from: timeInWords(slot.opens), to: timeInWords(slot.closes) });
}

/** The openings of one day, earliest first. */
function slotsOn(slots: readonly OpeningSlot[], day: Weekday): OpeningSlot[] {
  return slots.filter((slot) => slot.day === day).sort((a, b) => a.opens.localeCompare(b.opens));
}

/** A day's openings as words ("10am to 1pm and 2pm to 4pm"), or "Closed". */
export function dayInWords(slots: readonly OpeningSlot[], day: Weekday): string {
  const today = slotsOn(slots, day);
  return today.length === 0 ? words('closed') : today.map(slotInWords).join(words('slotSeparator'));
}

/** Days as words, runs of three or more joined: "Monday to Friday", "Monday, Wednesday and Friday", "Every day". */
export function daysInWords(days: readonly Weekday[]): string {
  const indexes = [...new Set(days.map((day) => weekdays.indexOf(day)))].filter((index) => index >= 0).sort((a, b) => a - b);
  if (indexes.length === 7) return words('everyDay');
  const runs: number[][] = [];
  for (const index of indexes) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === index - 1) run.push(index);
    else runs.push([index]);
  }
  const parts = runs.flatMap((run) => {
    const names = run.map((index) => weekdayName(weekdays[index]!));
    return run.length >= 3 ? [words('dayRange', { from: names[0]!, to: names[names.length - 1]! })] : names;
  });
  return parts.length <= 1 ? (parts[0] ?? '') : words('list', { items: parts.slice(0, -1).join(words('listSeparator')), last: parts[parts.length - 1]! });
}

/**
 * A channel's week in words, the usual hours first and the days that differ after them:
 * "Monday to Friday, 10am to 4pm; Tuesday until 7pm". A day with one opening that starts (or
 * ends) with the usual hours is counted in the usual days and said as "until 7pm" (or "from
 * 11am"); other days are said in full ("Saturday, 10am to 1pm"). No openings: "No set hours".
 */
export function weekInWords(slots: readonly OpeningSlot[]): string {
  const open = weekdays.filter((day) => slotsOn(slots, day).length > 0);
  if (open.length === 0) return words('noSetHours');

  // Days grouped by what they say, the group with the most days being the usual hours.
  const groups = new Map<string, Weekday[]>();
  for (const day of open) {
    const said = dayInWords(slots, day);
    groups.set(said, [...(groups.get(said) ?? []), day]);
  }
  const [usualWords, usualDays] = [...groups.entries()].reduce((best, next) => (next[1].length > best[1].length ? next : best));
  const usualSlots = slotsOn(slots, usualDays[0]!);
  // "Tuesday until 7pm" reads well against usual hours of several days, not against one other day.
  const usual = usualSlots.length === 1 && usualDays.length > 1 ? usualSlots[0]! : undefined;

  const mainDays = [...usualDays];
  // How each other day differs, said together for days that differ the same way ("Saturday and Sunday, 10am to 4pm").
  const differences = new Map<string, { kind: 'until' | 'from' | 'daysWith'; value: string; days: Weekday[] }>();
  const differ = (day: Weekday, kind: 'until' | 'from' | 'daysWith', value: string) => {
    const key = `${kind}|${value}`;
    const known = differences.get(key);
    if (known) known.days.push(day);
    else differences.set(key, { kind, value, days: [day] });
  };
  for (const day of open) {
    if (usualDays.includes(day)) continue;
    const today = slotsOn(slots, day);
    const only = today.length === 1 ? today[0]! : undefined;
    if (usual && only && only.opens === usual.opens) {
      mainDays.push(day);
      differ(day, 'until', timeInWords(only.closes));
    } else if (usual && only && only.closes === usual.closes) {
      mainDays.push(day);
      differ(day, 'from', timeInWords(only.opens));
    } else {
      differ(day, 'daysWith', dayInWords(slots, day));
    }
  }
  const rest = [...differences.values()].map(({ kind, value, days }) =>
    kind === 'daysWith' ? words('daysWith', { days: daysInWords(days), words: value }) : words(kind, { days: daysInWords(days), time: value }),
  );
  return [words('daysWith', { days: daysInWords(mainDays), words: usualWords }), ...rest].join(words('groupSeparator'));
}
