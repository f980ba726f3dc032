import type { OpeningSlot, Weekday } from '@/lib/api/types';
import { weekdayLabels } from '@/lib/reference-data';

/** Monday first, as the contract's days and the ISO week go. */
export const weekdays: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * "09:30" as GOV.UK writes times: "9:30am", "10am", "5:30pm", "midday"; "00:00" and "24:00" are
 * "midnight". Anything not HH:mm is given back as it is.
 */
export function timeInWords(hhmm: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) return hhmm;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes === 0 && (hours === 0 || hours === 24)) return 'midnight';
  if (minutes === 0 && hours === 12) return 'midday';
  const suffix = hours < 12 || hours === 24 ? 'am' : 'pm';
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  return minutes === 0 ? `${twelve}${suffix}` : `${twelve}:${match[2]}${suffix}`;
}

/** One opening as words: "10am to 4pm"; the whole day is "24 hours". */
export function slotInWords(slot: Pick<OpeningSlot, 'opens' | 'closes'>): string {
  if (slot.opens === '00:00' && slot.closes === '24:00') return '24 hours';
  return `${timeInWords(slot.opens)} to ${timeInWords(slot.closes)}`;
}

/** The openings of one day, earliest first. */
function slotsOn(slots: readonly OpeningSlot[], day: Weekday): OpeningSlot[] {
  return slots.filter((slot) => slot.day === day).sort((a, b) => a.opens.localeCompare(b.opens));
}

/** A day's openings as words ("10am to 1pm and 2pm to 4pm"), or "Closed". */
export function dayInWords(slots: readonly OpeningSlot[], day: Weekday): string {
  const today = slotsOn(slots, day);
  return today.length === 0 ? 'Closed' : today.map(slotInWords).join(' and ');
}

/** Days as words, runs of three or more joined: "Monday to Friday", "Monday, Wednesday and Friday", "Every day". */
export function daysInWords(days: readonly Weekday[]): string {
  const indexes = [...new Set(days.map((day) => weekdays.indexOf(day)))].filter((index) => index >= 0).sort((a, b) => a - b);
  if (indexes.length === 7) return 'Every day';
  const runs: number[][] = [];
  for (const index of indexes) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === index - 1) run.push(index);
    else runs.push([index]);
  }
  const parts = runs.flatMap((run) => {
    const names = run.map((index) => weekdayLabels[weekdays[index]!]);
    return run.length >= 3 ? [`${names[0]} to ${names[names.length - 1]}`] : names;
  });
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * A channel's week in words, the usual hours first and the days that differ after them:
 * "Monday to Friday, 10am to 4pm; Tuesday until 7pm". A day with one opening that starts (or
 * ends) with the usual hours is counted in the usual days and said as "until 7pm" (or "from
 * 11am"); other days are said in full ("Saturday, 10am to 1pm"). No openings: "No set hours".
 */
export function weekInWords(slots: readonly OpeningSlot[]): string {
  const open = weekdays.filter((day) => slotsOn(slots, day).length > 0);
  if (open.length === 0) return 'No set hours';

  // Days grouped by what they say, the group with the most days being the usual hours.
  const groups = new Map<string, Weekday[]>();
  for (const day of open) {
    const words = dayInWords(slots, day);
    groups.set(words, [...(groups.get(words) ?? []), day]);
  }
  const [usualWords, usualDays] = [...groups.entries()].reduce((best, next) => (next[1].length > best[1].length ? next : best));
  const usualSlots = slotsOn(slots, usualDays[0]!);
  // "Tuesday until 7pm" reads well against usual hours of several days, not against one other day.
  const usual = usualSlots.length === 1 && usualDays.length > 1 ? usualSlots[0]! : undefined;

  const mainDays = [...usualDays];
  const differences: { day: Weekday; words: string }[] = [];
  for (const day of open) {
    if (usualDays.includes(day)) continue;
    const today = slotsOn(slots, day);
    const only = today.length === 1 ? today[0]! : undefined;
    if (usual && only && only.opens === usual.opens) {
      mainDays.push(day);
      differences.push({ day, words: `${weekdayLabels[day]} until ${timeInWords(only.closes)}` });
    } else if (usual && only && only.closes === usual.closes) {
      mainDays.push(day);
      differences.push({ day, words: `${weekdayLabels[day]} from ${timeInWords(only.opens)}` });
    } else {
      differences.push({ day, words: `${weekdayLabels[day]}, ${dayInWords(slots, day)}` });
    }
  }
  // Other days that share their own hours are said together ("Saturday and Sunday, 10am to 4pm").
  const said = new Map<string, Weekday[]>();
  for (const difference of differences) {
    const key = difference.words.slice(weekdayLabels[difference.day].length);
    said.set(key, [...(said.get(key) ?? []), difference.day]);
  }
  const rest = [...said.entries()].map(([tail, days]) => `${daysInWords(days)}${tail}`);
  return [`${daysInWords(mainDays)}, ${usualWords}`, ...rest].join('; ');
}
