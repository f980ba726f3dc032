/**
 * The availability calendar: GetBreakAvailability's days (one per provider and day it works)
 * laid out as weeks of providers by days, the last days a break can run to, and the sitting
 * service allowance (4 hours a week, Monday to Sunday) left.
 */
import type { Break, BreakAvailabilityDay } from '@/lib/api/types';
import { addDays, dayRange, isIsoDate, mondayOf } from '@/lib/calendar';

/** Weeks shown at once, and how far ahead a break can be booked (the API allows a year). */
export const windowDays = 14;
export const bookAheadDays = 365;
/** The longest break the API takes, first and last day included. */
export const maxBreakDays = 28;
export const sittingMinutesPerWeek = 240;

export type CalendarCell =
  | { date: string; kind: 'past' }
  | { date: string; kind: 'closed' }
  | { date: string; kind: 'full' }
  | { date: string; kind: 'open'; placesLeft: number };

export type CalendarRow = { providerId: string; providerName: string; cells: CalendarCell[] };
export type CalendarWeek = { dates: string[]; rows: CalendarRow[] };

/** The first day of the window to show: the day asked for, never before today nor past a year ahead. */
export function windowStart(asked: string | null | undefined, today: string): string {
  const latest = addDays(today, bookAheadDays);
  if (!isIsoDate(asked) || asked < today) return today;
  return asked > latest ? latest : asked;
}

/** The windows before and after this one; none before today. */
export function windowNavigation(from: string, today: string): { previous: string | null; next: string | null } {
  const previous = addDays(from, -windowDays);
  const next = addDays(from, windowDays);
  return {
    previous: from > today ? (previous < today ? today : previous) : null,
    next: next <= addDays(today, bookAheadDays) ? next : null,
  };
}

/**
 * Weeks of up to 7 days from `from`, each with a row for every provider working at least one of
 * its days. A day the provider does not work is closed; a day before today is past.
 */
export function buildCalendar(days: BreakAvailabilityDay[], from: string, length: number, today: string): CalendarWeek[] {
  const providers = new Map<string, string>();
  const places = new Map<string, number>();
  for (const day of days) {
    providers.set(day.providerId, day.providerName);
    places.set(`${day.providerId}|${day.date}`, day.placesLeft);
  }
  const ordered = [...providers.entries()].sort(([, a], [, b]) => a.localeCompare(b, 'en-GB'));
  const all = dayRange(from, addDays(from, length - 1));
  const weeks: CalendarWeek[] = [];
  for (let start = 0; start < all.length; start += 7) {
    const dates = all.slice(start, start + 7);
    const rows: CalendarRow[] = [];
    for (const [providerId, providerName] of ordered) {
      if (!dates.some((date) => places.has(`${providerId}|${date}`))) continue;
      const cells = dates.map((date): CalendarCell => {
        const left = places.get(`${providerId}|${date}`);
        if (left === undefined) return { date, kind: 'closed' };
        if (date < today) return { date, kind: 'past' };
        return left > 0 ? { date, kind: 'open', placesLeft: left } : { date, kind: 'full' };
      });
      rows.push({ providerId, providerName, cells });
    }
    weeks.push({ dates, rows });
  }
  return weeks;
}

/** A chosen provider and first day, as one radio value. */
export function slotValue(providerId: string, date: string): string {
  return `${providerId}|${date}`;
}

export function parseSlot(value: string): { providerId: string; date: string } | null {
  const [providerId, date] = value.split('|');
  return providerId && date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { providerId, date } : null;
}

/**
 * The days a break starting on `startsOn` with one provider can end on: each day the provider
 * works, up to 28 days, for as long as every day it works from the start has a place left
 * (RequestBreak takes a place on each of them, or none).
 */
export function lastDayOptions(days: BreakAvailabilityDay[], providerId: string, startsOn: string): { date: string; length: number }[] {
  const places = new Map(days.filter((day) => day.providerId === providerId).map((day) => [day.date, day.placesLeft]));
  const options: { date: string; length: number }[] = [];
  for (const [index, date] of dayRange(startsOn, addDays(startsOn, maxBreakDays - 1)).entries()) {
    const left = places.get(date);
    if (left === undefined) continue;
    if (left <= 0) break;
    options.push({ date, length: index + 1 });
  }
  return options;
}

/** Minutes of sitting service already booked in the week (Monday to Sunday) of a day; declined and cancelled ones are given back. */
export function sittingMinutesBooked(breaks: Break[], day: string): number {
  const week = mondayOf(day);
  return breaks
    .filter((item) => item.breakType === 'sittingService' && item.status !== 'declined' && item.status !== 'cancelled' && mondayOf(item.startsOn) === week)
    .reduce((total, item) => total + (item.sittingMinutes ?? 0), 0);
}

/** Half hours from 30 minutes to what is left of the week's 4 hours. */
export function sittingOptions(minutesLeft: number): number[] {
  return [30, 60, 90, 120, 150, 180, 210, 240].filter((minutes) => minutes <= minutesLeft);
}
